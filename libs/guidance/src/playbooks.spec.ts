import { FLAGS, LABELS, type Flag, type Label } from '../../classifier/src/classifier.types.js';
import type { Address, Locale } from './guidance.types.js';
import { GUIDANCE_VERSION } from './playbooks.data.js';
import { PLAYBOOK_KEYS, getDefaultTemplates, getPlaybook, getPlaybookByKey } from './playbooks.js';
import { checkReply } from './reply-check.js';
import { renderTemplate, validateTemplate } from './templates.js';

const VARIANTS: [Locale, Address][] = [
  ['de', 'Sie'],
  ['de', 'du'],
  ['en', 'Sie'],
];

describe('getPlaybook', () => {
  it.each<[string, Label, Flag[], string[]]>([
    ['label only', 'complaint', [], ['complaint']],
    ['urgent comes before the label', 'complaint', ['urgent'], ['urgent', 'complaint']],
    ['flags follow the label in priority order', 'question', ['spam', 'churn_risk', 'personal_data'], ['question', 'personal_data', 'churn_risk', 'spam']],
    ['all flags', 'other', ['spam', 'abuse', 'personal_data', 'churn_risk', 'urgent'], ['urgent', 'other', 'personal_data', 'abuse', 'churn_risk', 'spam']],
    ['duplicate flags count once', 'praise', ['abuse', 'abuse'], ['praise', 'abuse']],
  ])('%s', (_name, label, flags, ids) => {
    expect(getPlaybook({ label, flags, locale: 'de', address: 'Sie' }).map((p) => p.id)).toEqual(ids);
  });

  it('defaults to no flags', () => {
    expect(getPlaybook({ label: 'praise', locale: 'en', address: 'du' }).map((p) => p.id)).toEqual(['praise']);
  });

  it('rejects an unknown label', () => {
    expect(() => getPlaybook({ label: 'nope' as Label, locale: 'de', address: 'Sie' })).toThrow('Unknown label');
  });

  it.each(VARIANTS)('resolves locale %s / %s', (locale, address) => {
    const [pb] = getPlaybook({ label: 'complaint', locale, address });
    expect(pb?.locale).toBe(locale);
    expect(pb?.address).toBe(locale === 'en' ? null : address);
    expect(pb?.version).toBe(GUIDANCE_VERSION);
    expect(pb?.kind).toBe('label');
  });

  it('uses the address form in German instructions', () => {
    expect(getPlaybookByKey('complaint', 'de', 'Sie').doNow.join(' ')).toMatch(/Setzen Sie eine Wiedervorlage/);
    expect(getPlaybookByKey('complaint', 'de', 'du').doNow.join(' ')).toMatch(/Setz eine Wiedervorlage/);
    expect(getPlaybookByKey('complaint', 'en', 'Sie').doNow.join(' ')).toMatch(/Set a follow-up/);
  });

  it('returns frozen playbooks', () => {
    const [pb] = getPlaybook({ label: 'complaint', locale: 'de', address: 'Sie' });
    expect(Object.isFrozen(pb)).toBe(true);
    expect(Object.isFrozen(pb?.doNow)).toBe(true);
  });
});

describe('playbook content', () => {
  const all = VARIANTS.flatMap(([locale, address]) => PLAYBOOK_KEYS.map((key) => ({ key, locale, address, pb: getPlaybookByKey(key, locale, address) })));

  it('covers every label and flag', () => {
    expect([...PLAYBOOK_KEYS].sort()).toEqual([...LABELS, ...FLAGS].sort());
  });

  it.each(all.map((a) => [`${a.key} ${a.locale}/${a.address}`, a] as const))('%s has steps, don’ts and templates', (_n, { pb }) => {
    expect(pb.title.length).toBeGreaterThan(0);
    expect(pb.doNow.length).toBeGreaterThanOrEqual(3);
    expect(pb.dont.length).toBeGreaterThanOrEqual(3);
    expect(pb.templates.length).toBeGreaterThanOrEqual(2);
    for (const t of pb.templates) {
      expect(t.id.startsWith(`${pb.id}.`)).toBe(true);
      expect(validateTemplate(t).issues).toEqual([]);
    }
  });

  it('keeps template ids identical across locales, so one override targets all of them', () => {
    const ids = VARIANTS.map(([l, a]) => getDefaultTemplates(l, a).map((t) => t.id));
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[2]).toEqual(ids[0]);
    expect(new Set(ids[0]).size).toBe(ids[0]?.length);
  });

  it('reflects the principles: fast, private channel, follow-up, lead for urgent, no deleting criticism', () => {
    const en = (k: (typeof PLAYBOOK_KEYS)[number]): string => {
      const pb = getPlaybookByKey(k, 'en', 'Sie');
      return [...pb.doNow, ...pb.dont].join(' ');
    };
    expect(en('complaint')).toMatch(/within 1–2 business hours/);
    expect(en('complaint')).toMatch(/Streisand/);
    expect(en('complaint')).toMatch(/You said …, we changed/);
    expect(en('urgent')).toMatch(/Tell your lead now/);
    expect(en('personal_data')).toMatch(/direct message or e-mail/);
    expect(en('abuse')).toMatch(/house rules once/);
    expect(en('other')).toMatch(/Keep the channel alive/);
  });

  // The library's own wording must pass its own check.
  it.each(VARIANTS)('templates in %s/%s pass the reply check (apart from intentional gaps and promises)', (locale, address) => {
    for (const t of getDefaultTemplates(locale, address)) {
      const text = renderTemplate(t, { authorName: 'Anna', agentName: 'Ben', brand: 'Rösterei Müller' });
      const label = t.id.startsWith('complaint.') ? 'complaint' : undefined;
      const findings = checkReply(text, { locale, address, label, followUpSet: true }).filter(
        (f) => f.code !== 'unchanged_template', // "[Link]" gaps are there to be filled
      );
      expect({ id: t.id, findings }).toEqual({ id: t.id, findings: [] });
    }
  });

  it.each([
    ['de', 'Sie'],
    ['de', 'du'],
  ] as const)('German %s texts use only their own address form', (locale, address) => {
    for (const key of PLAYBOOK_KEYS) {
      const pb = getPlaybookByKey(key, locale, address);
      for (const text of [...pb.doNow, ...pb.dont, ...pb.templates.map((t) => t.body)]) {
        const wrong = checkReply(text, { locale, address }).filter((f) => f.code === 'wrong_address');
        expect({ text, wrong }).toEqual({ text, wrong: [] });
      }
    }
  });
});
