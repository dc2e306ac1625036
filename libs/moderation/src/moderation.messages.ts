/**
 * Messages of the moderation rule (invalid input, refusals), in German (addressing the user with
 * Sie or du, like the workspace addresses its customers) and English. Each says what to do.
 */
import { REASON_LABELS } from './moderation.data.js';
import { charCount, normaliseText } from './text.js';
import {
  MAX_TEXT_LENGTH,
  MIN_JUSTIFICATION_LENGTH,
  MODERATION_ACTIONS,
  REASON_CODES,
  type Address,
  type CommentState,
  type Locale,
  type ModerationAction,
} from './moderation.types.js';

export type MessageVariant = 'Sie' | 'du' | 'en';
export type Texts = Record<MessageVariant, string>;

export function messageVariant(locale: Locale, address: Address): MessageVariant {
  return locale === 'en' ? 'en' : address === 'du' ? 'du' : 'Sie';
}

/** Same sentence for Sie and du. */
const de = (text: string, en: string): Texts => ({ Sie: text, du: text, en });

/** A value from the request, safe to quote in a message: no control characters, at most 40 characters. */
export function quote(value: unknown): string {
  if (typeof value !== 'string') return value === null ? 'null' : typeof value;
  const clean = normaliseText(value);
  return charCount(clean) > 40 ? `${[...clean].slice(0, 39).join('')}…` : clean;
}

function reasonList(locale: Locale): string {
  return REASON_CODES.map((c) => `${REASON_LABELS[locale][c]} (${c})`).join(', ');
}

export const messages = {
  unknownAction: (value: unknown): Texts =>
    de(
      `Unbekannte Aktion „${quote(value)}“. Möglich sind: ${MODERATION_ACTIONS.join(', ')}.`,
      `Unknown action "${quote(value)}". Valid actions: ${MODERATION_ACTIONS.join(', ')}.`,
    ),

  unknownState: (value: unknown): Texts =>
    de(
      `Unbekannter Zustand des Kommentars („${quote(value)}“) – die Aktion wird nicht ausgeführt.`,
      `Unknown comment state ("${quote(value)}") — the action is not carried out.`,
    ),

  stateConflict: (action: ModerationAction, state: CommentState): Texts => {
    if (state === 'removed_by_author') {
      return de(
        'Die Person hat diesen Kommentar selbst entfernt – es gibt nichts mehr zu moderieren.',
        'The author removed this comment themselves — there is nothing left to moderate.',
      );
    }
    if (state === 'deleted_by_us') {
      return de(
        'Dieser Kommentar wurde bereits gelöscht. Löschen ist endgültig – er lässt sich weder ausblenden noch wiederherstellen.',
        'This comment has already been deleted. Deleting is final — it can be neither hidden nor restored.',
      );
    }
    if (action === 'hide') {
      return {
        Sie: 'Dieser Kommentar ist bereits ausgeblendet. Wollen Sie ihn endgültig entfernen, wählen Sie „Löschen“.',
        du: 'Dieser Kommentar ist bereits ausgeblendet. Willst du ihn endgültig entfernen, wähle „Löschen“.',
        en: 'This comment is already hidden. To remove it for good, choose "delete".',
      };
    }
    // unhide on a visible comment
    return de('Dieser Kommentar ist sichtbar – es gibt nichts wieder einzublenden.', 'This comment is visible — there is nothing to unhide.');
  },

  reasonMissing: (): Texts => ({
    Sie: `Wählen Sie einen Grund: ${reasonList('de')}.`,
    du: `Wähle einen Grund: ${reasonList('de')}.`,
    en: `Choose a reason: ${reasonList('en')}.`,
  }),

  reasonUnknown: (value: unknown): Texts => ({
    Sie: `Unbekannter Grund „${quote(value)}“. Wählen Sie einen davon: ${reasonList('de')}.`,
    du: `Unbekannter Grund „${quote(value)}“. Wähle einen davon: ${reasonList('de')}.`,
    en: `Unknown reason "${quote(value)}". Choose one of: ${reasonList('en')}.`,
  }),

  justificationMissing: (action: ModerationAction): Texts =>
    action === 'unhide'
      ? {
          Sie: `Begründen Sie in mindestens ${MIN_JUSTIFICATION_LENGTH} Zeichen, warum der Kommentar wieder sichtbar werden soll – die Begründung steht im Protokoll.`,
          du: `Begründe in mindestens ${MIN_JUSTIFICATION_LENGTH} Zeichen, warum der Kommentar wieder sichtbar werden soll – die Begründung steht im Protokoll.`,
          en: `Explain in at least ${MIN_JUSTIFICATION_LENGTH} characters why the comment should be visible again — the justification goes into the audit log.`,
        }
      : {
          Sie: `Begründen Sie in mindestens ${MIN_JUSTIFICATION_LENGTH} Zeichen, warum der Kommentar weg soll – die Begründung steht im Protokoll.`,
          du: `Begründe in mindestens ${MIN_JUSTIFICATION_LENGTH} Zeichen, warum der Kommentar weg soll – die Begründung steht im Protokoll.`,
          en: `Explain in at least ${MIN_JUSTIFICATION_LENGTH} characters why the comment has to go — the justification goes into the audit log.`,
        },

  justificationTooShort: (count: number): Texts => ({
    Sie: `Die Begründung ist zu kurz (${count} von mindestens ${MIN_JUSTIFICATION_LENGTH} Zeichen, Leerzeichen nicht mitgezählt). Schreiben Sie, was genau an diesem Kommentar gegen welche Regel verstößt.`,
    du: `Die Begründung ist zu kurz (${count} von mindestens ${MIN_JUSTIFICATION_LENGTH} Zeichen, Leerzeichen nicht mitgezählt). Schreib, was genau an diesem Kommentar gegen welche Regel verstößt.`,
    en: `The justification is too short (${count} of at least ${MIN_JUSTIFICATION_LENGTH} characters, not counting spaces). Say what exactly about this comment breaks which rule.`,
  }),

  textTooLong: (what: 'justification' | 'note', count: number): Texts => {
    const name = what === 'note' ? { de: 'Notiz', en: 'note' } : { de: 'Begründung', en: 'justification' };
    return {
      Sie: `Die ${name.de} ist zu lang (${count} Zeichen, höchstens ${MAX_TEXT_LENGTH}). Kürzen Sie sie auf das Wesentliche.`,
      du: `Die ${name.de} ist zu lang (${count} Zeichen, höchstens ${MAX_TEXT_LENGTH}). Kürze sie auf das Wesentliche.`,
      en: `The ${name.en} is too long (${count} characters, at most ${MAX_TEXT_LENGTH}). Cut it down to what matters.`,
    };
  },

  notText: (what: 'justification' | 'note', value: unknown): Texts => {
    const name = what === 'note' ? { de: 'Notiz', en: 'note' } : { de: 'Begründung', en: 'justification' };
    return de(`Die ${name.de} muss Text sein, nicht ${quote(value)}.`, `The ${name.en} must be text, not ${quote(value)}.`);
  },

  refusedExec: (): Texts => ({
    Sie: 'Mit der Rolle „Executive“ können Sie Kommentare lesen, aber nicht ausblenden, einblenden oder löschen. Bitten Sie eine Teamleitung darum.',
    du: 'Mit der Rolle „Executive“ kannst du Kommentare lesen, aber nicht ausblenden, einblenden oder löschen. Bitte eine Teamleitung darum.',
    en: 'With the executive role you can read comments but not hide, unhide or delete them. Ask a lead to do it.',
  }),

  refusedUnknownRole: (value: unknown): Texts =>
    de(
      `Die Rolle „${quote(value)}“ darf nicht moderieren.`,
      `The role "${quote(value)}" may not moderate.`,
    ),

  refusedDecider: (): Texts => ({
    Sie: 'Nur eine Teamleitung oder ein Admin kann eine Anfrage freigeben oder ablehnen. Bitten Sie Ihre Teamleitung darum.',
    du: 'Nur eine Teamleitung oder ein Admin kann eine Anfrage freigeben oder ablehnen. Bitte deine Teamleitung darum.',
    en: 'Only a lead or an admin can approve or reject a request. Ask your lead.',
  }),

  unknownDecision: (value: unknown): Texts =>
    de(`Unbekannte Entscheidung „${quote(value)}“. Möglich sind: approve, reject.`, `Unknown decision "${quote(value)}". Valid decisions: approve, reject.`),

  noteMissingForReject: (): Texts => ({
    Sie: 'Schreiben Sie bei einer Ablehnung kurz, warum – die Person, die gefragt hat, liest Ihre Notiz.',
    du: 'Schreib bei einer Ablehnung kurz, warum – die Person, die gefragt hat, liest deine Notiz.',
    en: 'When you reject, say briefly why — the person who asked reads your note.',
  }),
};
