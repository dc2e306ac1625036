/** Text normalisation shared by the rule and its messages. */

// Line breaks and other whitespace (incl. NEL, which is a control character) become one space.
const WHITESPACE = /[\s\u0085]+/gu;
// Control characters and invisible formatting characters (zero-width, bidi overrides, BOM, soft hyphen).
const INVISIBLE = /[\p{Cc}\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** Trim, collapse whitespace to single spaces and strip control and invisible characters. */
export function normaliseText(text: string): string {
  return text.replace(WHITESPACE, ' ').replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

/** Length in characters (code points), so an emoji counts once. */
export const charCount = (text: string): number => [...text].length;

/** Characters that are not whitespace. */
export const nonSpaceCount = (text: string): number => charCount(text.replace(/\s/gu, ''));
