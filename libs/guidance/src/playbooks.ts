/**
 * Playbook selection. The data lives in playbooks.data.ts; this module resolves it for a
 * locale and address form once at load and hands out frozen objects, so callers can cache
 * them and cannot change another request's playbook by accident.
 */
import { FLAGS, LABELS } from '../../classifier/src/classifier.types.js';
import type { Address, Flag, Locale, Playbook, PlaybookKey, PlaybookQuery, Template } from './guidance.types.js';
import { GUIDANCE_VERSION, PLAYBOOK_SOURCES, type PlaybookSource, type Variants } from './playbooks.data.js';

/**
 * Order of the flags' playbooks. `urgent` (legal threat, safety, press) comes before even the
 * label's playbook: involving the lead is the first thing to do. Personal data next, because
 * echoing it in public cannot be undone.
 */
export const FLAG_PRIORITY: readonly Flag[] = ['urgent', 'personal_data', 'abuse', 'churn_risk', 'spam'];

export const PLAYBOOK_KEYS: readonly PlaybookKey[] = [...LABELS, ...FLAGS];

type Variant = 'Sie' | 'du' | 'en';

function variantOf(locale: Locale, address: Address): Variant {
  return locale === 'en' ? 'en' : address;
}

function pick(v: Variants, variant: Variant): string {
  return v[variant];
}

function build(key: PlaybookKey, src: PlaybookSource, variant: Variant): Playbook {
  const locale: Locale = variant === 'en' ? 'en' : 'de';
  const templates: Template[] = src.templates.map((t) =>
    Object.freeze({ id: t.id, title: t.title[locale], body: pick(t.body, variant) }),
  );
  return Object.freeze({
    id: key,
    kind: (LABELS as readonly string[]).includes(key) ? 'label' : 'flag',
    version: GUIDANCE_VERSION,
    locale,
    address: variant === 'en' ? null : variant,
    title: src.title[locale],
    doNow: Object.freeze(src.doNow.map((v) => pick(v, variant))),
    dont: Object.freeze(src.dont.map((v) => pick(v, variant))),
    templates: Object.freeze(templates),
  } satisfies Playbook);
}

const RESOLVED: ReadonlyMap<string, Playbook> = (() => {
  const map = new Map<string, Playbook>();
  for (const key of PLAYBOOK_KEYS) {
    for (const variant of ['Sie', 'du', 'en'] as const) {
      map.set(`${key}/${variant}`, build(key, PLAYBOOK_SOURCES[key], variant));
    }
  }
  return map;
})();

function resolve(key: PlaybookKey, locale: Locale, address: Address): Playbook {
  const pb = RESOLVED.get(`${key}/${variantOf(locale, address)}`);
  if (!pb) throw new Error(`No playbook for "${key}"`);
  return pb;
}

/**
 * The playbooks for a classified comment: `urgent` first when flagged, then the label's
 * playbook, then the other flags in FLAG_PRIORITY order. Unknown or repeated flags are ignored.
 */
export function getPlaybook(query: PlaybookQuery): Playbook[] {
  const { label, locale, address } = query;
  if (!(LABELS as readonly string[]).includes(label)) throw new Error(`Unknown label "${String(label)}"`);
  const flags = new Set(query.flags ?? []);
  const out: Playbook[] = [];
  if (flags.has('urgent')) out.push(resolve('urgent', locale, address));
  out.push(resolve(label, locale, address));
  for (const flag of FLAG_PRIORITY) {
    if (flag !== 'urgent' && flags.has(flag)) out.push(resolve(flag, locale, address));
  }
  return out;
}

/** One playbook by key, e.g. to show the abuse playbook on demand. */
export function getPlaybookByKey(key: PlaybookKey, locale: Locale, address: Address): Playbook {
  return resolve(key, locale, address);
}

/**
 * Every default template for a locale/address, in playbook order — the `defaults` argument
 * for mergeTemplates when a workspace's overrides are applied.
 */
export function getDefaultTemplates(locale: Locale, address: Address): Template[] {
  return PLAYBOOK_KEYS.flatMap((key) => resolve(key, locale, address).templates);
}
