/**
 * Moderation guidance lookup. The texts live in moderation.data.ts; this module resolves them
 * for every kind, locale and address form once at load and hands out frozen objects, so callers
 * can cache them and cannot change another request's guidance by accident.
 */
import { GUIDANCE_SOURCES, MODERATION_GUIDANCE_VERSION, type GuidanceSource } from './moderation.data.js';
import { messageVariant, type MessageVariant } from './moderation.messages.js';
import { GUIDANCE_KINDS, type Address, type Guidance, type GuidanceKind, type Locale } from './moderation.types.js';

function build(src: GuidanceSource, variant: MessageVariant): Guidance {
  return Object.freeze({
    version: MODERATION_GUIDANCE_VERSION,
    title: src.title[variant],
    why: Object.freeze(src.why.map((v) => v[variant])),
    insteadDo: Object.freeze(src.insteadDo.map((v) => v[variant])),
  });
}

const RESOLVED: ReadonlyMap<string, Guidance> = (() => {
  const map = new Map<string, Guidance>();
  for (const kind of GUIDANCE_KINDS) {
    for (const variant of ['Sie', 'du', 'en'] as const) map.set(`${kind}/${variant}`, build(GUIDANCE_SOURCES[kind], variant));
  }
  return map;
})();

/** The guidance for one kind, in the workspace's locale and address form (English ignores the address). */
export function moderationGuidance(kind: GuidanceKind, locale: Locale, address: Address): Guidance {
  const g = RESOLVED.get(`${kind}/${messageVariant(locale, address)}`);
  if (!g) throw new Error(`Unknown moderation guidance kind "${String(kind)}"`);
  return g;
}
