import type { Address, Locale } from '../../guidance/src/guidance.types.js';
import { moderationGuidance } from './guidance.js';
import { MODERATION_GUIDANCE_VERSION, REASON_LABELS } from './moderation.data.js';
import { GUIDANCE_KINDS, REASON_CODES, type GuidanceKind } from './moderation.types.js';

const VARIANTS: [Locale, Address][] = [
  ['de', 'Sie'],
  ['de', 'du'],
  ['en', 'Sie'],
];

/** Formal address of the reader; lower-case "sie"/"ihr" (they/her/you all) is fine in du texts. */
const FORMAL = /(?<!\p{L})(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?!\p{L})/u;
const INFORMAL = /(?<!\p{L})(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer)(?!\p{L})/iu;
const GERMAN = /[äöüÄÖÜß„“]|(?<!\p{L})(und|nicht|Sie|ist|bitte|oder|wir|der|das|mit|Kommentar|Teamleitung)(?!\p{L})/u;

const textsOf = (kind: GuidanceKind, locale: Locale, address: Address): string[] => {
  const g = moderationGuidance(kind, locale, address);
  return [g.title, ...g.why, ...g.insteadDo];
};

describe('moderationGuidance', () => {
  const all = GUIDANCE_KINDS.flatMap((kind) => VARIANTS.map(([locale, address]) => [`${kind} ${locale}/${address}`, kind, locale, address] as const));

  it('has every kind', () => {
    expect([...GUIDANCE_KINDS].sort()).toEqual(['abuse', 'illegal', 'pending', 'personal_data', 'removal_of_complaint', 'spam']);
  });

  it.each(all)('%s: versioned, with reasons and steps', (_n, kind, locale, address) => {
    const g = moderationGuidance(kind, locale, address);
    expect(g.version).toBe(MODERATION_GUIDANCE_VERSION);
    expect(g.title.length).toBeGreaterThan(0);
    expect(g.why.length).toBeGreaterThanOrEqual(3);
    expect(g.insteadDo.length).toBeGreaterThanOrEqual(4);
    for (const t of [g.title, ...g.why, ...g.insteadDo]) {
      expect(t.trim()).toBe(t);
      expect(t.length).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(g)).toBe(true);
    expect(Object.isFrozen(g.why)).toBe(true);
    expect(Object.isFrozen(g.insteadDo)).toBe(true);
  });

  it('has a date-like version', () => {
    expect(MODERATION_GUIDANCE_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it.each(GUIDANCE_KINDS)('%s: du texts never address the reader formally', (kind) => {
    for (const t of textsOf(kind, 'de', 'du')) expect({ t, formal: FORMAL.exec(t)?.[0] }).toEqual({ t, formal: undefined });
  });

  it.each(GUIDANCE_KINDS)('%s: Sie texts never address the reader informally', (kind) => {
    for (const t of textsOf(kind, 'de', 'Sie')) expect({ t, informal: INFORMAL.exec(t)?.[0] }).toEqual({ t, informal: undefined });
  });

  it.each(GUIDANCE_KINDS)('%s: English texts contain no German', (kind) => {
    for (const t of textsOf(kind, 'en', 'Sie')) expect({ t, german: GERMAN.exec(t)?.[0] }).toEqual({ t, german: undefined });
  });

  it.each(GUIDANCE_KINDS)('%s: German texts are German and address the reader', (kind) => {
    expect(textsOf(kind, 'de', 'Sie').join(' ')).toMatch(/(?<!\p{L})Sie(?!\p{L})/u);
    // du texts often address the reader by imperative alone ("Blende … aus"), so compare with Sie
    const du = textsOf(kind, 'de', 'du');
    const sie = textsOf(kind, 'de', 'Sie');
    expect(du.filter((t, i) => t !== sie[i]).length).toBeGreaterThanOrEqual(2);
    expect(textsOf(kind, 'de', 'Sie').join(' ')).toMatch(/[äöüß]/);
  });

  it('English ignores the address form', () => {
    for (const kind of GUIDANCE_KINDS) expect(moderationGuidance(kind, 'en', 'du')).toBe(moderationGuidance(kind, 'en', 'Sie'));
  });

  it('throws for an unknown kind', () => {
    expect(() => moderationGuidance('nope' as GuidanceKind, 'en', 'Sie')).toThrow('Unknown moderation guidance kind "nope"');
  });

  it('explains why removing criticism backfires', () => {
    const why = moderationGuidance('removal_of_complaint', 'en', 'Sie').why.join(' ');
    expect(why).toMatch(/screenshots/);
    expect(why).toMatch(/Streisand effect/);
    expect(why).toMatch(/come back louder/);
    expect(why).toMatch(/silence or censorship/);
    expect(why).toMatch(/Trust drops/);
    expect(why).toMatch(/An answered complaint shows everyone reading that you listen and care/);
    expect(moderationGuidance('removal_of_complaint', 'de', 'du').why.join(' ')).toMatch(/Streisand-Effekt/);
    expect(moderationGuidance('pending', 'en', 'Sie').why[0]).toMatch(/^Your request is waiting for a lead\. Until then the comment stays visible/);
  });

  it.each<[GuidanceKind]>([['removal_of_complaint'], ['pending']])('%s: says what to do instead, in order', (kind) => {
    const steps = moderationGuidance(kind, 'en', 'Sie').insteadDo;
    const at = (re: RegExp): number => steps.findIndex((s) => re.test(s));
    const order = [/answer publicly and factually/i, /^Thank them and name the problem/, /That was our mistake/, /private channel \(direct message or e-mail\)\. Hide only if the comment itself exposes personal data/, /state the house rules once/, /threatens legal action.*tell your lead/, /duplicate/, /follow up publicly/].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps[0]).toMatch(/within your SLA/);
  });

  it('for personal data: hiding is right, and tell the person publicly you continue privately', () => {
    const en = moderationGuidance('personal_data', 'en', 'Sie');
    expect(en.why[0]).toMatch(/^Hiding is right here/);
    expect(en.insteadDo[0]).toBe("Hide the comment (don't delete it).");
    expect(en.insteadDo[1]).toMatch(/^Tell the person publicly that you're continuing in private/);
    expect(moderationGuidance('personal_data', 'de', 'Sie').insteadDo[1]).toMatch(/^Sagen Sie der Person öffentlich, dass Sie privat weitermachen/);
    expect(moderationGuidance('personal_data', 'de', 'du').insteadDo[1]).toMatch(/^Sag der Person öffentlich, dass du privat weitermachst/);
  });

  it('for abuse: house rules once, and harsh criticism is not abuse', () => {
    const en = moderationGuidance('abuse', 'en', 'Sie');
    expect(en.insteadDo.join(' ')).toMatch(/State the house rules once/);
    expect(en.why.join(' ')).toMatch(/Harsh criticism isn't abuse/);
  });

  it('for illegal content: evidence first, hide rather than delete, involve the lead', () => {
    const steps = moderationGuidance('illegal', 'en', 'Sie').insteadDo;
    expect(steps[0]).toMatch(/^Secure evidence first/);
    expect(steps[1]).toMatch(/^Hide the comment rather than deleting it/);
    expect(steps.join(' ')).toMatch(/Tell your lead right away/);
  });

  it('for spam: check it is not criticism, and marking criticism as spam shows', () => {
    const g = moderationGuidance('spam', 'en', 'Sie');
    expect(g.insteadDo[0]).toMatch(/not criticism that happens to contain a link/);
    expect(g.why.join(' ')).toMatch(/deleting through the back door/);
  });
});

describe('REASON_LABELS', () => {
  it.each<[Locale]>([['de'], ['en']])('names every reason code in %s', (locale) => {
    expect(Object.keys(REASON_LABELS[locale]).sort()).toEqual([...REASON_CODES].sort());
    for (const code of REASON_CODES) expect(REASON_LABELS[locale][code].length).toBeGreaterThan(0);
  });

  it('has German and English names', () => {
    expect(REASON_LABELS.de.abuse).toBe('Beleidigung / Hassrede');
    expect(REASON_LABELS.en.personal_data).toBe('Personal data exposed');
    for (const code of REASON_CODES) expect({ code, german: GERMAN.exec(REASON_LABELS.en[code])?.[0] }).toEqual({ code, german: undefined });
  });
});
