import type { PackRule } from './pack.types.js';

/**
 * Language-independent rules: emoji, emoticons, and patterns that read the same in German and
 * English posts. They are merged into every language pack at compile time.
 */
export const COMMON_VERSION = 'common-1.1.0';

export const COMMON_RULES: readonly PackRule[] = [
  {
    id: 'common.praise.emoji',
    supports: 'praise',
    weight: 1,
    negated: 'keep',
    patterns: ['❤', '♥', '💕', '💖', '💗', '💙', '💚', '💛', '💜', '🧡', '🤍', '💓', '💞', '😍', '🥰', '😘', '😻', '🤩', '😊', '☺', '😀', '😃', '😄', '😁', '🙂', '😇', '👍', '👌', '👏', '🙌', '💯', '⭐', '🌟', '✨', '🎉', '🥳', '🏆', '🥇', '💪', '😋', '🤤', '🔝'],
  },
  { id: 'common.praise.thanks-emoji', supports: 'praise', weight: 0.8, negated: 'keep', patterns: ['🙏', '🤗'] },
  { id: 'common.praise.emoticon', supports: 'praise', weight: 0.8, negated: 'keep', patterns: [':)', ':))', ':)))', '<3', '<33', '<333', ':*', ':]'] },
  // laughing is amusement, not necessarily approval
  { id: 'common.praise.laugh', supports: 'praise', weight: 0.5, negated: 'keep', patterns: [':d', 'xd'] },
  // a wink marks teasing or irony: barely praise
  { id: 'common.praise.wink', supports: 'praise', weight: 0.2, negated: 'keep', patterns: [';)', ';d', ':p', '^^'] },
  {
    id: 'common.complaint.emoji',
    supports: 'complaint',
    weight: 1,
    negated: 'keep',
    patterns: ['😡', '😠', '🤬', '😤', '😞', '😢', '😭', '😩', '😫', '👎', '🙄', '😒', '💩', '😑', '🤦', '😖', '😣', '☹', '🙁', '😕', '😔', '😟', '🤮', '🤢', '😰', '😓', '💢', '🤯', '😐'],
  },
  { id: 'common.complaint.emoticon', supports: 'complaint', weight: 1, negated: 'keep', patterns: [':(', ':((', ':(((', ":'(", '>:(', ':/', ':\\', ':|', 'd:'] },
  { id: 'common.urgent.emoji', supports: 'urgent', weight: 0.6, negated: 'keep', patterns: ['🚨', '⚠', '🔥', '☠'] },
  { id: 'common.spam.promo', supports: 'spam', weight: 1, negated: 'keep', patterns: ['bitcoin*', 'crypto*', 'krypto*', 'forex', 'casino*', 'viagra', 'onlyfans', 'nft', 'nfts', 'airdrop*', 'usdt', '💰', '💸', '🤑'] },
];

/** Sarcasm markers that work in either language. */
export const COMMON_SARCASM = ['🙄', '😒', '🤦', '🙃', '😑', '#sarcasm', '#ironie', '#irony'];
