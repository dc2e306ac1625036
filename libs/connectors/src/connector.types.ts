/**
 * Contract between platform connectors and the ingestion pipeline. A connector turns a
 * platform's payload into NormalizedItems; generic code never branches on the platform.
 */
export type ChannelKind = 'facebook_page' | 'generic';
export const CHANNEL_KINDS: readonly ChannelKind[] = ['facebook_page', 'generic'];

/** What happened to an item on the platform. */
export type ItemVerb = 'add' | 'edit' | 'remove' | 'hide' | 'unhide';

export interface NormalizedPost {
  externalId: string;
  permalink: string | null;
  /** a short excerpt of what was commented on (bounded, untrusted) */
  excerpt: string | null;
}

export interface NormalizedAuthor {
  externalId: string;
  name: string | null;
}

export interface NormalizedItem {
  /** the platform account the item belongs to (Facebook page id, generic channel's account id) */
  accountId: string;
  /** comment (public), review, message (private), mention */
  type: 'comment' | 'review' | 'message' | 'mention';
  verb: ItemVerb;
  /** the comment's id on the platform; unique per channel */
  externalId: string;
  /** the comment this one replies to; null for a top-level comment */
  parentExternalId: string | null;
  post: NormalizedPost | null;
  author: NormalizedAuthor | null;
  /** null when the platform did not send text (remove, hide, unhide) */
  text: string | null;
  /** when the platform says the change happened */
  occurredAt: Date;
  /** written by the channel's own account (the brand): stored as outbound, never a new inbox item */
  fromOwner: boolean;
}

/** An entry or change that could not be used, with a reason a person can act on. */
export interface RejectedItem {
  /** where in the payload: "entry[0].changes[2]" or "[3]" */
  path: string;
  reason: string;
}

export interface ParseResult {
  items: NormalizedItem[];
  rejected: RejectedItem[];
  /** changes deliberately skipped (unknown field, item or verb): not errors */
  skipped: number;
}

/** Text bounds applied by every connector, so one oversized comment can't bloat rows or events. */
export const MAX_TEXT_LENGTH = 8000;
export const MAX_NAME_LENGTH = 200;
export const MAX_EXCERPT_LENGTH = 500;
export const MAX_ID_LENGTH = 200;
