/**
 * The reply check's phrase patterns, compiled once at module load.
 *
 * Written with `\b` and a plain `'`; rx() turns `\b` into a word boundary that knows ä, ö, ü,
 * ß (JS's `\b` does not) and `'` into `['’]` so typographic apostrophes match. Phrase patterns
 * run on the lower-cased draft; the few case-sensitive ones (Sie-forms, capitals, IBAN) on the
 * original. Both have the same length, so every span points into the original draft.
 * Patterns target a construction, not a keyword: the subject/verb that makes a phrase
 * defensive ("Sie haben das falsch verstanden", not "wir haben Sie falsch verstanden").
 */
import type { DefensiveCategory } from './reply-check.messages.js';

/**
 * Letters and digits for word boundaries, as an explicit class: the Unicode property classes
 * (`\p{L}` with the `u` flag) cost ~100 µs per pattern per 1000 characters in V8, this ~2 µs.
 * Latin script covers everything the German and English patterns can meet next to a word.
 */
export const W = String.raw`A-Za-z0-9\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e9e`;
/** Upper-case Latin letters, for the shouting check on the original text. */
export const UPPER = String.raw`A-Z\u00c0-\u00d6\u00d8-\u00de\u1e9e`;

/** `\b` made aware of ä, ö, ü, ß: between a letter/digit and anything else. */
const WB = `(?:(?<=[${W}])(?![${W}])|(?<![${W}])(?=[${W}]))`;
/**
 * Where a `\b` opens an alternative or a group, a word follows, so "no letter before" is
 * enough — and V8 matches a lone lookbehind ~15× faster than the two-sided boundary above.
 */
const WORD_START = `(?<![${W}])`;

function boundaries(source: string): string {
  return source.replace(/\\b/g, (_m: string, offset: number) => {
    const before = source.slice(Math.max(0, offset - 4), offset);
    const opensAlternative = offset === 0 || /(?:\||\((?:\?(?::|!|=|<!|<=))?)$/.test(before);
    return opensAlternative ? WORD_START : WB;
  });
}

/**
 * Compiles a pattern source for matching against the LOWER-CASED draft (see lowerSameLength):
 * no `i` and no `u` flag, which keeps V8 on its fast path. `\b` becomes a Latin-script word
 * boundary, `'` also matches the typographic ’, and `[\p{L}]` becomes the letter class.
 */
export function rx(source: string, flags = 'g'): RegExp {
  const src = boundaries(source).replace(/'/g, "['’]").replace(/\\p\{L\}/g, W);
  return new RegExp(src, flags);
}

/** Lower-cases without changing any offset, so spans found in it point into the original. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export interface PhrasePattern {
  id: string;
  /** cheap prefilter: the pattern only runs when the lower-cased text contains one of these */
  needs: readonly string[];
  re: RegExp;
  /** reject a match that only looks like the construction */
  reject?: (matched: string) => boolean;
}

export interface DefensivePattern extends PhrasePattern {
  category: DefensiveCategory;
}

const d = (
  id: string,
  category: DefensiveCategory,
  needs: readonly string[],
  source: string,
  reject?: (m: string) => boolean,
): DefensivePattern => ({ id, category, needs, re: rx(source), reject });

/** True when the pattern can match at all: one of its `needs` occurs in the text. */
export function mayMatch(p: PhrasePattern, lower: string): boolean {
  for (const n of p.needs) if (lower.includes(n)) return true;
  return false;
}

// Reusable pieces.
const YOU_HAVE_DE = String.raw`(?:haben\s+sie|hast\s+du|habt\s+ihr|sie\s+haben|du\s+hast|ihr\s+habt)`;
const NOT_SELF = String.raw`(?:(?!\b(?:wir|ich|uns|mich)\b)[^.!?;\n])`;
const SAID_DE = String.raw`(?:erwähnt|gesagt|geschrieben|mitgeteilt|erläutert|erklärt|ausgeführt|beschrieben|angemerkt|dargelegt|angegeben|kommuniziert|betont|sagte|sagten|schrieb|schrieben|erklärte|erklärten)`;

export const DEFENSIVE_PATTERNS: readonly DefensivePattern[] = [
  // ── German: blaming the reader ──────────────────────────────────────────────────────────
  d('de.irren-modal', 'blame_reader', ['irren', 'vertan', 'verlesen', 'verhört'], String.raw`\b(?:(?:sie|du|ihr)\s+(?:müssen|musst|müsst|dürften|dürftest)|(?:müssen|dürften)\s+sie|(?:musst|dürftest)\s+du|müsst\s+ihr)\s+(?:sich|dich|euch)\s+(?:(?:da|hier|wohl|leider|bestimmt|sicher)\s+)*(?:irren|vertan\s+haben|verlesen\s+haben|verhört\s+haben)\b`),
  d('de.irren', 'blame_reader', ['irr'], String.raw`\b(?:irren|irrst|irrt)\s+(?:sie\s+sich|du\s+dich|ihr\s+euch|sich|dich|euch)\b`),
  d('de.geirrt', 'blame_reader', ['geirrt', 'vertan', 'verlesen', 'verhört', 'verguckt', 'verrechnet'], String.raw`\b(?:sich|dich|euch)\s+(?:(?:da|hier|wohl|leider|bestimmt|sicher|offenbar|offensichtlich|wahrscheinlich)\s+)*(?:geirrt|vertan|verlesen|verhört|verguckt|verrechnet)\b`),
  d('de.falsch-liegen', 'blame_reader', ['falsch'], String.raw`\b(?:liegen\s+sie|liegst\s+du|liegt\s+ihr|sie\s+liegen|du\s+liegst|ihr\s+liegt)\s+(?:(?:da|hier|leider|völlig|komplett|total|aber|definitiv)\s+)*falsch\b`),
  d('de.falsch-verstanden', 'blame_reader', ['verstanden', 'gelesen', 'interpretiert', 'überlesen', 'übersehen'], String.raw`(?<!\b(?:wir|ich)\s+)\b${YOU_HAVE_DE}\b${NOT_SELF}{0,40}?\b(?:falsch\s+verstanden|missverstanden|falsch\s+gelesen|falsch\s+interpretiert|nicht\s+(?:richtig|genau)\s+(?:verstanden|gelesen)|überlesen|übersehen)\b`),
  d('de.verstehen-falsch', 'blame_reader', ['falsch'], String.raw`\b(?:sie\s+verstehen|verstehen\s+sie|du\s+verstehst|verstehst\s+du|ihr\s+versteht|versteht\s+ihr)\s+(?:\S+\s+){0,3}?(?<!nicht\s)falsch\b`),
  d('de.offensichtlich', 'blame_reader', ['offensichtlich', 'offenbar', 'anscheinend'], String.raw`\b(?:offensichtlich|offenbar|anscheinend)\s+(?:haben\s+sie|hast\s+du|habt\s+ihr|sind\s+sie|bist\s+du|seid\s+ihr)\b`),
  d('de.ueberhaupt', 'blame_reader', ['überhaupt'], String.raw`\b(?:haben\s+sie|hast\s+du|habt\s+ihr)\s+(?:denn\s+)?überhaupt\b`),
  // ── German: "as already said" ───────────────────────────────────────────────────────────
  d('de.wie-bereits', 'repeat_reproach', ['wie'], String.raw`\bwie\s+(?:(?:bereits|schon|eben|oben|zuvor|vorhin|mehrfach|mehrmals|x-mal|zigmal|öfter|ja|auch|gerade)\s+){1,3}${SAID_DE}\b`),
  d('de.wie-gesagt', 'repeat_reproach', ['gesagt'], String.raw`\bwie\s+gesagt\b`),
  d('de.wie-wir-bereits', 'repeat_reproach', ['bereits', 'schon'], String.raw`\bwie\s+(?:(?:ich|wir)\s+(?:(?:ihnen|dir|euch)\s+)?|(?:ihnen|dir|euch)\s+)(?:(?:ja|doch)\s+)?(?:bereits|schon)\b(?:\s+[^\s.!?]+){0,4}?\s+${SAID_DE}\b`),
  d('de.wiederhole', 'repeat_reproach', ['wiederhol', 'mal', 'mitschreiben'], String.raw`\b(?:ich\s+wiederhole\s+mich|wir\s+wiederholen\s+uns)\b|\bzum\s+(?:wiederholten|x-ten|zigsten|dritten)\s+mal\b|\b(?:nochmal|noch\s+einmal|noch\s+mal)\s+zum\s+mitschreiben\b`),
  d('de.steht-doch', 'repeat_reproach', ['steht'], String.raw`\bsteht\s+(?:doch|ja)\s+(?:(?:auch|alles|klar|deutlich|extra)\s+)?(?:auf|in|im|unter|bei)\b`),
  // ── German: hindsight ("Sie hätten … müssen") ───────────────────────────────────────────
  d('de.haetten-modal', 'hindsight', ['hätte'], String.raw`\b(?:sie|du|ihr)\s+(?:hätten|hättest|hättet)\b[^.!?;\n]{0,60}?\b(?:müssen|sollen|können|dürfen)\b`, (m) => /erwart|verdien/i.test(m)),
  d('de.das-haetten', 'hindsight', ['hätte'], String.raw`\b(?:das|dann|da|dies|dafür|vorher|früher)\s+(?:hätten\s+sie|hättest\s+du|hättet\s+ihr)\b[^.!?;\n]{0,60}?\b(?:müssen|sollen)\b`, (m) => /erwart|verdien/i.test(m)),
  d('de.wenn-gelesen', 'hindsight', ['wenn'], String.raw`\bwenn\s+(?:sie|du|ihr)\b[^.!?;\n]{0,50}?\b(?:gelesen|beachtet|geprüft|nachgesehen|befolgt|angeschaut)\s+(?:hätten|hättest|hättet)\b`),
  d('de.haetten-doch', 'hindsight', ['hätte'], String.raw`\b(?:hätten\s+sie|hättest\s+du|hättet\s+ihr)\s+(?:doch|einfach|halt|eben|bloß)\b`),
  // ── German: denying fault ───────────────────────────────────────────────────────────────
  d('de.nicht-unsere-schuld', 'deny_fault', ['unser'], String.raw`\bnicht\s+(?:unsere|unser)\s+(?:schuld|fehler|problem|verschulden|verantwortung|baustelle)\b`),
  d('de.liegt-nicht-an-uns', 'deny_fault', ['liegt', 'lag'], String.raw`\b(?:liegt|lag)\s+(?:(?:das|dies|es|aber|leider|hier|definitiv|sicher|eindeutig|jedenfalls)\s+)*nicht\s+(?:an|bei)\s+uns\b`),
  d('de.koennen-nichts-dafuer', 'deny_fault', ['nichts'], String.raw`\bdafür\s+(?:können|kann)\s+(?:wir|ich)\s+(?:(?:leider|aber|doch|wirklich)\s+)*nichts\b|\b(?:wir|ich)\s+(?:können|kann)\s+(?:(?:leider|aber|doch|da|hier|wirklich)\s+)*nichts\s+dafür\b`),
  d('de.keine-schuld', 'deny_fault', ['schuld'], String.raw`\b(?:trifft|trägt)\s+uns\s+(?:(?:hier|da|leider|aber)\s+)*keine\s+schuld\b|\buns\s+trifft\s+(?:(?:hier|da)\s+)?keine\s+schuld\b`),
  d('de.nicht-verantwortlich', 'deny_fault', ['verantwortlich', 'schuld', 'zuständig', 'haftbar'], String.raw`\bwir\s+(?:sind|waren)\s+(?:(?:dafür|hierfür|da|hier|leider|aber)\s+)*nicht\s+(?:verantwortlich|schuld|zuständig|haftbar)\b`),
  d('de.ihre-schuld', 'deny_fault', ['schuld', 'fehler', 'problem', 'verantwortung'], String.raw`\b(?:ist|war|liegt|lag)\s+(?:(?:nun\s+mal|halt|eben|leider|allein|ganz|wohl|eindeutig)\s+)?(?:ihr|ihre|dein|deine|euer|eure)\s+(?:eigene[rs]?\s+)?(?:schuld|fehler|problem|verschulden|verantwortung)\b(?!\s+(?:behoben|gelöst|erledigt|bearbeitet|weitergeleitet|geklärt|ernst|wichtig))`),
  d('de.eigene-schuld', 'deny_fault', ['schuld', 'fehler'], String.raw`(?<!\b(?:nicht|keine?)\s+)\b(?:ihre|deine|eure)\s+(?:eigene\s+)?schuld\b|\bselbst\s+schuld\b|\b(?:eigenverschulden|bedienfehler|bedienungsfehler|anwenderfehler|anwendungsfehler)\b`),
  d('de.alles-richtig', 'deny_fault', ['fehler', 'richtig'], String.raw`\buns\s+ist\s+kein\s+fehler\b|\bkein(?:en)?\s+fehler\s+(?:unsererseits|auf\s+unserer\s+seite|bei\s+uns)\b|\b(?:wir\s+haben|haben\s+wir)\s+alles\s+richtig\s+gemacht\b`),
  // ── German: flat contradiction ──────────────────────────────────────────────────────────
  d('de.stimmt-nicht', 'contradict', ['stimmt'], String.raw`\b(?:das|dies|es)\s+stimmt\s+(?:(?:so|aber|einfach|schlicht|definitiv|leider|halt|eben|doch|ja|auch)\s+)*nicht\b(?!\s+(?:ganz\s+)?(?:mehr|überein))`),
  d('de.ist-falsch', 'contradict', ['falsch', 'wahr', 'zutreffend', 'korrekt', 'gelogen', 'quatsch', 'unsinn', 'blödsinn', 'unterstellung'], String.raw`\b(?:das|dies)\s+ist\s+(?:(?:so|aber|einfach|schlicht|leider|halt|eben|doch|definitiv|nachweislich|schlichtweg)\s+)*(?:nicht\s+(?:korrekt|wahr|zutreffend)|falsch|unwahr|gelogen|quatsch|unsinn|blödsinn|eine\s+unterstellung)\b(?!\s+(?:gelaufen|gegangen|verlaufen|hinterlegt|angekommen|geliefert|berechnet|ausgezeichnet|gebucht|abgebucht|eingetragen|gewesen|von\s+uns|\S+\s+worden))`),
  d('de.so-nicht-richtig', 'contradict', ['richtig', 'korrekt'], String.raw`\b(?:das|dies)\s+ist\s+so\s+(?:(?:aber|einfach|leider)\s+)?nicht\s+(?:ganz\s+)?(?:richtig|korrekt)\b`),
  d('de.wahrheit', 'contradict', ['entspricht'], String.raw`\bentspricht\s+(?:(?:so|aber|einfach|schlicht|leider|definitiv|nachweislich)\s+)*nicht\s+(?:der\s+wahrheit|den\s+tatsachen|den\s+fakten)\b`),
  d('de.behaupten', 'contradict', ['behaupt', 'unterstellung'], String.raw`\b(?:sie\s+behaupten|du\s+behauptest|ihr\s+behauptet)\b|\b(?:ihre|deine|eure)\s+(?:behauptung|unterstellung)(?:en)?\b`),
  d('de.bei-allem-respekt', 'contradict', ['respekt', 'verlaub'], String.raw`\bbei\s+allem\s+respekt\b|\bmit\s+verlaub\b`),
  // ── German: hiding behind policy ────────────────────────────────────────────────────────
  d('de.laut-agb', 'policy', ['laut', 'gemäß', 'gem.', 'entsprechend'], String.raw`\b(?:laut|gemäß|gem\.|entsprechend)\s+(?:unseren|unserer|unseres|den|der)\s+(?:agb|allgemeinen\s+geschäftsbedingungen|geschäftsbedingungen|richtlinien?|vorgaben|bestimmungen|unternehmensrichtlinien?|firmenrichtlinien?|policy|nutzungsbedingungen)\b`),
  d('de.agb-sehen-vor', 'policy', ['vor', 'agb', 'politik'], String.raw`\b(?:unsere|die)\s+(?:agb|richtlinien?|vorgaben|policy)\s+(?:sehen|sieht)\s+(?:\S+\s+){0,3}?vor\b|\bin\s+unseren\s+agb\s+(?:nachzulesen|beschrieben|geregelt|festgelegt|steht|stehen)\b|\bdas\s+ist\s+(?:nun\s+mal\s+|halt\s+|eben\s+)?(?:unsere\s+)?(?:firmenpolitik|unternehmenspolitik|vorschrift)\b`),
  // ── German: tone policing ───────────────────────────────────────────────────────────────
  d('de.beruhigen', 'tone_policing', ['beruhig', 'reg'], String.raw`\bberuhigen\s+sie\s+sich\b|\bberuhige?\s+dich\b|\bberuhigt\s+euch\b|\bregen\s+sie\s+sich\s+(?:(?:doch|bitte)\s+)*nicht\b|\brege?\s+dich\s+(?:(?:doch|bitte)\s+)*nicht\b`),
  d('de.kein-grund', 'tone_policing', ['grund', 'emotional', 'aggressiv', 'empfindlich', 'dramatisch', 'vergriffen'], String.raw`\bkein\s+grund\s+(?:zur\s+aufregung|sich\s+aufzuregen|zur\s+panik|gleich\s+(?:so\s+)?(?:laut|unfreundlich|ausfallend|persönlich)\s+zu\s+werden)\b|\bnicht\s+(?:gleich\s+)?so\s+(?:emotional|aggressiv|empfindlich|dramatisch|überempfindlich)\b|\bim\s+ton\s+vergriffen\b`),
  // ── German: brushing off ────────────────────────────────────────────────────────────────
  d('de.nichts-machen', 'dismiss', ['nichts', 'nix', 'gebunden'], String.raw`\b(?:da|daran|dagegen)\s+(?:kann\s+man|können\s+wir|kann\s+ich)\s+(?:(?:leider|halt|eben|nun\s+mal|jetzt|auch)\s+)*(?:nichts|nix)\s+(?:machen|tun|ändern)\b|\bhände\s+(?:sind\s+)?(?:uns\s+)?(?:leider\s+)?gebunden\b`),
  d('de.ist-halt-so', 'dismiss', ['ist'], String.raw`\bdas\s+ist\s+(?:(?:nun\s+mal|halt|eben|einfach|leider)\s+)+so(?=\s*(?:[.!?,;–-]|$))`),
  d('de.niemand-beschwert', 'dismiss', ['beschwert', 'beklagt', 'bemängelt', 'reklamiert', 'erste', 'einzige'], String.raw`\b(?:niemand|keiner|kein\s+anderer\s+kunde|keine\s+andere\s+kundin|noch\s+nie\s+jemand)\b[^.!?;\n]{0,30}?\b(?:beschwert|beklagt|bemängelt|reklamiert)\b|\b(?:sie\s+sind|du\s+bist)\s+(?:(?:hier|bisher|tatsächlich|wirklich)\s+)*(?:der|die)\s+(?:erste|einzige)\b`),

  // ── English: blaming the reader ─────────────────────────────────────────────────────────
  d('en.misunderstood', 'blame_reader', ['misunderst', 'misread', 'misinterpreted', 'misheard', 'mixed', 'overlooked'], String.raw`\byou(?:'ve|\s+have|\s+must\s+have|\s+may\s+have|\s+might\s+have|\s+seem\s+to\s+have|\s+clearly|\s+obviously|\s+simply|\s+just)?\s+(?:misunderst(?:ood|and)|misread|misinterpreted|misheard|mixed\s+(?:it|this|that|something|things)\s+up|overlooked)\b`),
  d('en.mistaken', 'blame_reader', ['mistaken', 'wrong', 'confused', 'incorrect', 'misinformed'], String.raw`\byou(?:'re|\s+are)\s+(?:(?:simply|just|clearly|quite|completely|totally|obviously|sadly)\s+)*(?:mistaken|wrong|confused|incorrect|misinformed)\b|\byou(?:'ve|\s+have)?\s+got\s+(?:it|that|this|something)\s+wrong\b`),
  d('en.obviously-you', 'blame_reader', ['obviously', 'clearly', 'evidently', 'apparently', 'did'], String.raw`\b(?:obviously|clearly|evidently|apparently)\s+you\s+(?:didn't|did\s+not|haven't|have\s+not|don't|do\s+not|failed|misunderstood|missed)\b|\bdid\s+you\s+(?:even|actually|really|bother\s+to)\s+(?:read|check|look|try)\b`),
  // ── English: "as already mentioned" ─────────────────────────────────────────────────────
  d('en.as-already', 'repeat_reproach', ['already', 'previously', 'clearly', 'repeatedly'], String.raw`\bas\s+(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:already|previously|clearly|repeatedly)\s+(?:mentioned|said|stated|explained|told\s+you|noted|pointed\s+out|communicated|informed\s+you|advised|indicated|written)\b`),
  d('en.as-mentioned-before', 'repeat_reproach', ['before', 'earlier', 'above', 'previously', 'already', 'times', 'repeatedly'], String.raw`\bas\s+(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:mentioned|said|stated|explained|noted|pointed\s+out|told\s+you|advised)\s+(?:before|earlier|above|previously|already|several\s+times|multiple\s+times|repeatedly|many\s+times)\b`),
  d('en.as-i-said', 'repeat_reproach', ['said', 'told', 'mentioned', 'explained', 'stated'], String.raw`\b(?:as|like)\s+(?:i|we)\s+(?:said|told\s+you|mentioned|explained|stated)\b`),
  d('en.reiterate', 'repeat_reproach', ['repeat', 'reiterat', 'time', 'stated', 'written', 'explained'], String.raw`\b(?:i|we)\s+(?:repeat|reiterate)\b|\bto\s+reiterate\b|\bfor\s+the\s+(?:third|umpteenth|hundredth|nth)\s+time\b|\bit(?:'s|\s+is)\s+(?:clearly\s+)?(?:stated|written|explained)\s+(?:on|in)\s+our\b`),
  // ── English: hindsight ──────────────────────────────────────────────────────────────────
  d('en.should-have', 'hindsight', ['should', 'ought', 'could', 'might'], String.raw`\byou\s+(?:should(?:'ve|\s+have)|ought\s+to\s+have|(?:could|might)(?:'ve|\s+have)\s+(?:just|simply|easily))\b(?!\s+(?:received|got|gotten|been|had))`),
  d('en.if-you-had', 'hindsight', ['if'], String.raw`\bif\s+you(?:\s+had|'d)\s+(?:(?:just|simply|only|actually)\s+)?(?:read|checked|looked|followed|contacted|called|paid\s+attention)\b`),
  // ── English: denying fault ──────────────────────────────────────────────────────────────
  d('en.not-our-fault', 'deny_fault', ['our', 'fault'], String.raw`\bnot\s+our\s+(?:fault|problem|responsibility|issue|mistake|concern|doing)\b|\bno\s+fault\s+of\s+(?:ours|our\s+own)\b`),
  d('en.not-responsible', 'deny_fault', ['responsible', 'blame', 'fault', 'liable', 'accountable'], String.raw`\bwe(?:'re|\s+are|\s+were)\s+not\s+(?:responsible|to\s+blame|at\s+fault|liable|accountable)\b|\bwe\s+(?:can(?:not|'t)\s+be\s+held|are\s+not\s+held)\s+(?:responsible|liable|accountable)\b`),
  d('en.your-fault', 'deny_fault', ['your', 'error', 'fault', 'blame', 'nothing', 'everything'], String.raw`\b(?:it(?:'s|\s+is|\s+was)|that(?:'s|\s+is|\s+was))\s+(?:(?:entirely|really|simply|clearly|actually|all)\s+)?your\s+(?:own\s+)?(?:fault|mistake|problem|responsibility|doing)\b|\b(?:user|operator)\s+error\b|\bthe\s+fault\s+(?:lies|is)\s+(?:with|on)\s+you\b|\byou\s+only\s+have\s+yourself\s+to\s+blame\b|\bwe\s+did\s+(?:nothing|everything)\s+(?:wrong|right|correctly)\b`),
  // ── English: flat contradiction ─────────────────────────────────────────────────────────
  d('en.not-true', 'contradict', ['true', 'false', 'correct', 'accurate', 'lie', 'nonsense', 'happened'], String.raw`\b(?:that|this)(?:'s|\s+is)\s+(?:(?:simply|just|absolutely|completely|entirely|plainly)\s+)?(?:not\s+true|untrue|false|incorrect|not\s+correct|not\s+accurate|inaccurate|a\s+lie|nonsense|not\s+what\s+happened)\b`),
  d('en.due-respect', 'contradict', ['respect', 'claim', 'alleg'], String.raw`\bwith\s+(?:all\s+)?due\s+respect\b|\byou\s+(?:claim|claimed|allege|alleged)\b`),
  // ── English: hiding behind policy ───────────────────────────────────────────────────────
  d('en.per-policy', 'policy', ['per', 'according'], String.raw`\b(?:as\s+)?per\s+(?:our|the|company)\s+(?:policy|policies|terms|t&cs|tos|guidelines|rules)\b|\baccording\s+to\s+(?:our|the)\s+(?:policy|policies|terms|t&cs|guidelines|tos|rules)\b`),
  d('en.policy-states', 'policy', ['polic'], String.raw`\bour\s+polic(?:y|ies)\s+(?:clearly\s+)?(?:states?|says?|requires?|prohibits?|does\s+not|doesn't)\b|\bcompany\s+policy\b|\bagainst\s+our\s+policy\b`),
  // ── English: tone policing ──────────────────────────────────────────────────────────────
  d('en.calm-down', 'tone_policing', ['calm', 'chill', 'tone', 'need', 'upset', 'angry', 'dramatic', 'sensitive', 'emotional', 'rude', 'overreact', 'over-react', 'unreasonable', 'hysterical'], String.raw`\bcalm\s+down\b|\bchill\s+out\b|\btone\s+it\s+down\b|\bno\s+need\s+to\s+(?:get\s+|be\s+)?(?:so\s+)?(?:upset|angry|worked\s+up|shout|aggressive|rude|emotional)\b|\b(?:don't|do\s+not)\s+be\s+so\s+(?:upset|angry|dramatic|sensitive|emotional|rude)\b|\byou(?:'re|\s+are)\s+(?:being\s+)?(?:overreacting|over-reacting|dramatic|too\s+sensitive|unreasonable|hysterical)\b`),
  // ── English: brushing off ───────────────────────────────────────────────────────────────
  d('en.nothing-we-can-do', 'dismiss', ['nothing', 'hands', 'just', 'what', 'leave'], String.raw`\bnothing\s+(?:more\s+)?(?:we|i)\s+can\s+do\b|\bour\s+hands\s+are\s+tied\b|\b(?:that(?:'s|\s+is)\s+just\s+(?:how|the\s+way)\s+(?:it|things)\s+(?:is|are|works?)|it\s+is\s+what\s+it\s+is)\b|\btake\s+it\s+or\s+leave\s+it\b`),
  d('en.first-to-complain', 'dismiss', ['first', 'only', 'complain', 'reported', 'had'], String.raw`\byou(?:'re|\s+are)\s+the\s+(?:first|only)\s+(?:one|person|customer)\b|\b(?:no\s+one|nobody|no\s+other\s+customers?)\s+(?:else\s+)?(?:has\s+|have\s+)?(?:ever\s+)?(?:complained|reported|had\s+(?:this|that|a|any)\s+(?:problem|issue))\b`),
];

/** Thanks, apology, empathy or admitting the point — what a reply to a complaint should contain. */
const ack = (id: string, needs: readonly string[], source: string): PhrasePattern => ({ id, needs, re: rx(source) });
export const ACKNOWLEDGEMENT_PATTERNS: readonly PhrasePattern[] = [
  ack('de.danke', ['dank', 'bedank'], String.raw`\b(?:danke|dank|danken|dankeschön|dankbar|bedanke|bedanken)\b`),
  ack('de.entschuldigung', ['entschuldig'], String.raw`\bentschuldig`),
  ack('de.leid', ['leid'], String.raw`\btut\s+(?:uns|mir)\s+(?:(?:sehr|wirklich|echt|total|furchtbar|aufrichtig|unglaublich)\s+)?leid\b`),
  ack('de.bedauern', ['bedauer'], String.raw`\bbedauer`),
  ack('de.verstehen', ['versteh', 'verständ', 'nachvollzieh'], String.raw`\b(?:verstehe|verstehen|verständlich[\p{L}]*|verständnis)\b|\bnachvollzieh`),
  ack('de.aerger', ['ärger', 'frustrier', 'unangenehm', 'schade', 'ordnung'], String.raw`\b(?:ärgerlich[\p{L}]*|ärgert|frustrierend[\p{L}]*|unangenehm[\p{L}]*|schade)\b|\bnicht\s+in\s+ordnung\b`),
  ack('de.recht', ['recht'], String.raw`\b(?:sie\s+haben|du\s+hast|ihr\s+habt)\s+(?:völlig\s+|vollkommen\s+|absolut\s+|total\s+)?recht\b|\bzu\s+recht\b|\bberechtigt`),
  ack('de.fehler', ['fehler'], String.raw`\b(?:unser(?:en)?|mein(?:en)?)\s+fehler\b`),
  ack('en.thanks', ['thank', 'thx', 'sorry', 'apolog', 'apprecia'], String.raw`\b(?:thanks?|thank\s+you|thx|sorry|apolog[\p{L}]*|appreciate[\p{L}]*)\b`),
  ack('en.empathy', ['understand', 'frustrat', 'annoying', 'inconvenien', 'regret'], String.raw`\b(?:understand|understandable|understandably|frustrat[\p{L}]*|annoying|inconvenien[\p{L}]*|regret[\p{L}]*)\b`),
  ack('en.admit', ['right', 'fair', 'our', 'on us', 'messed', 'screwed', 'ball', 'not'], String.raw`\byou(?:'re|\s+are)\s+(?:absolutely\s+|totally\s+|completely\s+)?right\b|\bfair\s+point\b|\bour\s+(?:mistake|bad|fault)\b|\bthat(?:'s|\s+is)\s+on\s+us\b|\bwe\s+(?:messed|screwed)\s+up\b|\bdropped\s+the\s+ball\b|\bnot\s+(?:ok|okay|acceptable|good\s+enough)\b`),
];

/** Promises to come back; fine when a follow-up is set in the inbox. */
export const PROMISE_PATTERNS: readonly PhrasePattern[] = [
  // German
  { id: 'de.schauen-an', needs: ['schau', 'seh', 'guck'], re: rx(String.raw`\b(?:(?:wir|ich)\s+(?:werden\s+|werde\s+)?(?:schauen|sehen|gucken|schaue|sehe|gucke)\s+(?:uns|mir)|(?:schauen|sehen|gucken)\s+wir\s+uns|(?:schaue|sehe|gucke)\s+ich\s+mir)\b[^.!?;\n]{0,40}?\ban(?=\s*(?:[.!?,;:)–-]|und\b|$))`) },
  { id: 'de.ansehen', needs: ['ansehen', 'anschauen', 'angucken'], re: rx(String.raw`\b(?:wir|ich)\s+(?:werden|werde)\s+(?:uns|mir)\s+(?:das|dies|den\s+fall|die\s+sache)\b[^.!?;\n]{0,30}?\b(?:ansehen|anschauen|angucken)\b`) },
  { id: 'de.kuemmern', needs: ['kümmer'], re: rx(String.raw`\b(?:wir\s+(?:werden\s+)?kümmern\s+uns|ich\s+(?:werde\s+mich\s+)?kümmere?\s+mich|kümmern\s+wir\s+uns|kümmere\s+ich\s+mich|ich\s+werde\s+mich\s+(?:\S+\s+){0,3}?kümmern)\b`) },
  { id: 'de.pruefen', needs: ['prüf', 'klär', 'untersuch', 'check'], re: rx(String.raw`\b(?:wir|ich)\s+(?:werden\s+|werde\s+)?(?:prüfen|überprüfen|klären|untersuchen|checken|prüfe|überprüfe|kläre|checke)\s+(?:das|dies|es|den|die|ihre?n?|deine?n?|gerne?|sofort|gleich|umgehend|intern|nochmal|noch\s+einmal|direkt)\b|\b(?:prüfen|klären|checken|untersuchen)\s+wir\b`) },
  { id: 'de.melden', needs: ['meld'], re: rx(String.raw`\b(?:wir|ich)\s+(?:werden\s+|werde\s+)?melden?\s+(?:uns|mich)\b|\bmelden\s+wir\s+uns\b|\bmelde\s+ich\s+mich\b|\bmeldet\s+sich\s+(?:\S+\s+){0,3}?bei\s+(?:ihnen|dir|euch)\b`) },
  { id: 'de.bescheid', needs: ['bescheid', 'laufenden', 'hör', 'nach'], re: rx(String.raw`\b(?:geben|gebe)\s+(?:wir\s+|ich\s+)?(?:ihnen|dir|euch)\s+(?:\S+\s+){0,2}?bescheid\b|\bhalten\s+(?:wir\s+)?(?:sie|dich|euch)\s+(?:\S+\s+)?auf\s+dem\s+laufenden\b|\b(?:sie\s+hören|du\s+hörst|ihr\s+hört)\s+(?:\S+\s+){0,2}?von\s+(?:uns|mir)\b|\b(?:gehen|gehe)\s+(?:wir\s+|ich\s+)?(?:dem|der\s+sache)\s+(?:\S+\s+)?nach\b`) },
  // English
  { id: 'en.will-look', needs: ['ll', 'shall', 'going'], re: rx(String.raw`\b(?:we|i)(?:'ll|\s+will|\s+shall|'re\s+going\s+to|\s+are\s+going\s+to|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:(?:definitely|certainly|happily|gladly|quickly|immediately|now|also|personally|be\s+sure\s+to)\s+)?(?:look\s+into|check|investigate|get\s+back|follow\s+up|reach\s+out|keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|let\s+you\s+know|find\s+out|sort\s+(?:it|this|that)\s+out|take\s+care\s+of|look\s+at|have\s+a\s+look|get\s+in\s+touch|contact\s+you|be\s+in\s+touch)\b`) },
  { id: 'en.looking-into', needs: ['looking', 'investigating', 'hear', 'touch', 'back'], re: rx(String.raw`\b(?:we're|we\s+are|i'm|i\s+am)\s+(?:(?:currently|already|now)\s+)?(?:looking\s+into|investigating)\b|\byou(?:'ll|\s+will)\s+hear\s+(?:back\s+)?from\s+(?:us|me)\b|\b(?:will|'ll)\s+(?:get\s+in\s+touch|be\s+in\s+touch|get\s+back\s+to\s+you)\b`) },
];

// ── Address forms (German only) ───────────────────────────────────────────────────────────

/** du-forms and their Sie-form replacement. */
export const DU_SUGGESTIONS: Readonly<Record<string, string>> = {
  du: 'Sie', dich: 'Sie', dir: 'Ihnen', dein: 'Ihr', deine: 'Ihre', deinen: 'Ihren', deinem: 'Ihrem', deiner: 'Ihrer', deines: 'Ihres',
  euch: 'Sie/Ihnen', euer: 'Ihr', eure: 'Ihre', euren: 'Ihren', eurem: 'Ihrem', eurer: 'Ihrer', eures: 'Ihres',
  hast: 'haben', bist: 'sind', kannst: 'können', willst: 'wollen', musst: 'müssen', sollst: 'sollen', darfst: 'dürfen',
  weißt: 'wissen', magst: 'mögen', möchtest: 'möchten', würdest: 'würden', hättest: 'hätten', wärst: 'wären', wärest: 'wären',
  könntest: 'könnten', solltest: 'sollten', müsstest: 'müssten', wolltest: 'wollten', konntest: 'konnten', hattest: 'hatten',
  warst: 'waren', wirst: 'werden', brauchst: 'brauchen', bekommst: 'bekommen', kriegst: 'bekommen', findest: 'finden',
  siehst: 'sehen', gibst: 'geben', nimmst: 'nehmen', schreibst: 'schreiben', meldest: 'melden', erreichst: 'erreichen',
  kommst: 'kommen', gehst: 'gehen', machst: 'machen', meinst: 'meinen', denkst: 'denken', schickst: 'schicken', hilfst: 'helfen',
  schreib: 'schreiben Sie', schreibe: 'schreiben Sie', schick: 'schicken Sie', schicke: 'schicken Sie', ruf: 'rufen Sie',
  meld: 'melden Sie', melde: 'melden Sie', sag: 'sagen Sie', gib: 'geben Sie', schau: 'schauen Sie', guck: 'schauen Sie',
  klick: 'klicken Sie', probier: 'probieren Sie', frag: 'fragen Sie', besuch: 'besuchen Sie',
};

/** Informal imperatives; a du-form only when followed by one of IMPERATIVE_NEXT ("Schreib uns"). */
export const DU_IMPERATIVES: ReadonlySet<string> = new Set([
  'schreib', 'schreibe', 'schick', 'schicke', 'ruf', 'meld', 'melde', 'sag', 'gib', 'schau', 'guck', 'klick', 'probier', 'frag', 'besuch',
]);
export const IMPERATIVE_NEXT: ReadonlySet<string> = new Set(['uns', 'mir', 'doch', 'gern', 'gerne', 'einfach', 'bitte', 'mal', 'bescheid']);
/** Words that are du-forms on their own. */
export const DU_WORDS: ReadonlySet<string> = new Set(Object.keys(DU_SUGGESTIONS).filter((w) => !DU_IMPERATIVES.has(w)));
/** 2nd person plural verbs: "ihr" next to one is the informal plural (alone it may be "her/their"). */
export const IHR_VERBS: ReadonlySet<string> = new Set([
  'habt', 'seid', 'könnt', 'wollt', 'müsst', 'dürft', 'solltet', 'würdet', 'wisst', 'hättet', 'wärt',
]);

export const SIE_SUGGESTIONS: Readonly<Record<string, string>> = {
  Sie: 'du', Ihnen: 'dir', Ihr: 'dein', Ihre: 'deine', Ihren: 'deinen', Ihrem: 'deinem', Ihrer: 'deiner', Ihres: 'deines',
};
/** Case-sensitive on purpose: lower-case sie/ihr/ihnen are "they/her/them". */
export const SIE_FORM_RE = new RegExp(String.raw`(?<![${W}])(?:Sie|Ihnen|Ihre[nmrs]?|Ihr)(?![${W}])`, 'g');
/** "Sie" at the start of a sentence is formal only with cues like "Sie können uns …", "Sie haben recht". */
export const SIE_START_CUE_RE = rx(
  String.raw`^\s+(?:können|könnten|erreichen|finden|bekommen|erhalten|haben|hätten|dürfen|müssen|sollten|möchten|wollen|wissen|sind|werden)\s+(?:uns|gerne?|jederzeit|hier|direkt|recht|natürlich|selbstverständlich|einfach|bitte|auch\s+gerne?)\b`,
  '',
);
/** Sentence-initial "Ihnen" in wish formulas ("Ihnen einen schönen Tag!"). */
export const IHNEN_START_CUE_RE = rx(String.raw`^\s+(?:auch|einen|ein|noch|vielen|herzlichen|alles|gute)\b`, '');
/** Sentence-initial "Ihre Bestellung …": a customer's thing, so formal rather than "her/their". */
export const CUSTOMER_NOUN_RE = rx(
  String.raw`^\s+(?:bestellung|nachricht|anfrage|frage|lieferung|rechnung|kritik|feedback|geduld|bewertung|rückmeldung|meinung|daten|e-mail|mail|kundennummer|bestellnummer|erfahrung|hinweis|kommentar|anliegen|beschwerde|sendung|paket|rücksendung|erstattung|gutschrift|mühe|adresse|konto|vertrag|abo|reklamation|retoure|ware)\b`,
  '',
);
/** What follows a capitalised "Ihr" that is the 2nd-person-plural pronoun, not the formal possessive. */
export const IHR_PRONOUN_NEXT_RE = /^\s+[a-z\u00df-\u00f6\u00f8-\u00ff]/;

// ── Template remnants ─────────────────────────────────────────────────────────────────────
export const PLACEHOLDER_REMNANT_RE = /\{\{[^{}\n]{0,40}\}\}|(?<!\{)\{[A-Za-z_][A-Za-z0-9_]{1,30}\}(?!\})/g;
export const FILLER_RE = rx(
  String.raw`\[[^\[\]\n]{1,60}\](?!\()|<[\p{L} ._/-]{2,40}>|\b(?:XXX+|TODO|TBD)\b|\b[Ll]orem\s+ipsum\b`,
  'g',
);

// ── Shouting ──────────────────────────────────────────────────────────────────────────────
export const CAPS_RE = new RegExp(
  String.raw`(?<![${W}])[${UPPER}][${UPPER}ß\d]+(?:[\s,.:;!?'’-]+[${UPPER}][${UPPER}ß\d]+)*(?![${W}])`,
  'g',
);
export const EXCLAMATION_RE = /[!?¡]{3,}/g;

// ── Personal data ─────────────────────────────────────────────────────────────────────────
export const EMAIL_RE = new RegExp(String.raw`[${W}._%+-]+@[${W}-]+(?:\.[${W}-]+)*\.[a-z]{2,}(?![${W}])`, 'g');
export const IBAN_RE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;
export const PHONE_RE = new RegExp(
  String.raw`(?<![${W}+])(?:(?:\+|00)\d{1,3}[\s./-]?(?:\(0\)[\s./-]?)?\d|\(?0\d{2,5}\)?)(?:[\s./-]?\d){5,13}(?![${W}])`,
  'g',
);
export const REFERENCE_NUMBER_RE = rx(
  String.raw`\b(?:bestellung|bestell|auftrag|auftrags|kunden|kunde|rechnung|rechnungs|vertrag|vertrags|sendung|sendungs|mitglieds|order|customer|invoice|account|contract|tracking|membership)(?:[\s-]*(?:nr\.?|nummer|number|no\.?|num\.?|id|#))?[\s:.#-]*((?=[a-z0-9-/]*\d)[a-z0-9][a-z0-9/-]{3,30})`,
  'gd',
);
export const LONG_NUMBER_RE = new RegExp(String.raw`(?<![${W}])\d(?:[ -]?\d){4,}(?![${W}])`, 'g');
export const ROLE_MAILBOX_RE =
  /^(?:info|service|support|kontakt|contact|hello|hallo|hi|team|kundenservice|customerservice|customercare|care|help|hilfe|presse|press|datenschutz|privacy|dpo|social|socialmedia|community|office|mail|post|shop|sales|vertrieb|buchhaltung|billing|feedback|beschwerde|reklamation|noreply|no-reply)$/i;
export const DATE_LIKE_RE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

// ── Replies that only thank ───────────────────────────────────────────────────────────────
export const GREETING_RE = rx(
  String.raw`^\s*(?:(?:hallo|hi|hey|hej|moin|servus|huhu|guten\s+(?:tag|morgen|abend)|liebe[rs]?|hello|dear|good\s+(?:morning|afternoon|evening))\b[^,!.\n]{0,40}[,!.\n]|@\S+)`,
  '',
);
export const SIGNOFF_RE = rx(
  String.raw`(?:\b(?:viele|liebe|beste|freundliche|herzliche|sonnige)\s+grüße\b|\b(?:lg|vg|mfg)\b|\bgruß\b|\b(?:best|kind|warm)\s+regards\b|\bregards\b|\bcheers\b|\bbest\s*,|\bbest\s+wishes\b|\s[-–—^]\s*[\p{L}.]{1,20}(?:\s+[\p{L}.]{1,20}){0,3}\s*$)[\s\S]*$`,
  '',
);
export const WORD_RE = new RegExp(`[${W}]+`, 'g');
export const THANKS_ONLY_WORDS: ReadonlySet<string> = new Set(
  (
    'danke dank vielen lieben herzlichen besten schönen tausend merci für fürs die den das deine deinen dein ihre ihren ihr eure euren euer ' +
    'frage fragen nachricht kommentar feedback anfrage interesse lob worte zuschrift und uns wir freuen freut sehr riesig ' +
    'thanks thank you for your the question message comment feedback much so very a lot many great good kind words and ' +
    'us we glad happy love it appreciate appreciated super toll tolle gute nette netten lieb liebe'
  ).split(' '),
);
