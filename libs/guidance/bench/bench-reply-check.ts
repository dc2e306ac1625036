/**
 * Throughput of checkReply on ~1000-character drafts, as an agent would see it while typing:
 * workspace templates and today's replies in the context. Target: well under 1 ms per check.
 *
 *   node --import ./scripts/register-ts.mjs libs/guidance/bench/bench-reply-check.ts
 */
import { checkReply, getDefaultTemplates, type ReplyCheckContext } from '../src/index.js';

const DE_DRAFT = [
  'Hallo Frau Weber, danke für Ihre ehrliche Rückmeldung – dass die Lieferung zwei Wochen gedauert hat, ist ärgerlich, und das tut uns leid.',
  'Wie bereits erwähnt, liegt das nicht an uns: Der Paketdienst hatte wegen des Streiks einen Rückstau. Trotzdem hätten wir Sie früher informieren müssen.',
  'Ihre Bestellung 4711-0815 ist inzwischen unterwegs und sollte morgen ankommen. Wir schauen uns außerdem an, wie wir solche Verzögerungen künftig früher melden können.',
  'Wenn Sie möchten, schreiben Sie uns gern per Direktnachricht oder an service@kaffee-mueller.de, dann klären wir eine Gutschrift für die Versandkosten.',
  'Die Sendungsverfolgung aktualisiert sich leider erst, wenn das Paket im Verteilzentrum gescannt wurde.',
  'Danke für Ihre Geduld und dafür, dass Sie uns trotz allem treu bleiben – genau solche Hinweise helfen uns, besser zu werden.',
  'Falls die Bohnen durch die lange Lagerung gelitten haben, schicken wir Ihnen selbstverständlich kostenlos eine frische Packung. Viele Grüße, Jana von Kaffeerösterei Müller',
].join(' ');
const EN_DRAFT = [
  "Hi Sam, thanks for flagging this — a two-week delay is frustrating, and we're sorry it happened.",
  'As already mentioned, the courier had a backlog because of the strike, but we should have told you sooner and that part is on us.',
  "Your order 4711-0815 is on its way now and should arrive tomorrow. We'll also look into how we can warn customers earlier when something like this happens again.",
  "If you like, send us a direct message or write to support@mueller-coffee.com and we'll refund the shipping costs for you right away, no questions asked.",
  'Sorry again for the hassle, and thanks for telling us in public so others know what is going on.',
  'Tracking only updates once the parcel has been scanned at the depot, which is why it looked stuck for days.',
  'Thanks for your patience and for sticking with us — feedback like yours genuinely helps us get better every week.',
  "If the beans suffered from sitting in a depot for two weeks, just tell us and we will send you a fresh bag free of charge, of course. Best wishes, Jana from Müller Coffee",
].join(' ');

const recentReplies = Array.from({ length: 200 }, (_, i) => `Hallo Kunde ${i % 40}, danke für Ihre Nachricht! Wir melden uns per Direktnachricht. Team ${i % 7}`);

function bench(name: string, draft: string, ctx: ReplyCheckContext, ms = 1500): void {
  for (let i = 0; i < 500; i++) checkReply(draft, ctx); // warm-up (JIT, template and reply caches)
  let n = 0;
  let findings = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 100; i++) findings = checkReply(draft, ctx).length;
    n += 100;
    elapsed = process.hrtime.bigint() - start;
  }
  const perCheckUs = Number(elapsed) / 1000 / n;
  console.log(
    `${name.padEnd(34)} ${draft.length} chars  ${Math.round(n / (Number(elapsed) / 1e9)).toLocaleString('en-US').padStart(8)} checks/s  ${perCheckUs.toFixed(1).padStart(6)} µs/check  (${findings} findings)`,
  );
}

const deCtx: ReplyCheckContext = {
  locale: 'de',
  address: 'Sie',
  label: 'complaint',
  flags: ['churn_risk'],
  inboundText: 'Zwei Wochen auf meine Bestellung 4711-0815 gewartet?! Ich kündige mein Abo.',
  templates: getDefaultTemplates('de', 'Sie'),
  recentReplies,
};
const enCtx: ReplyCheckContext = {
  ...deCtx,
  locale: 'en',
  inboundText: 'Two weeks for order 4711-0815?! I am cancelling.',
  templates: getDefaultTemplates('en', 'Sie'),
};

console.log(`node ${process.version}`);
bench('de, Sie workspace, full context', DE_DRAFT, deCtx);
bench('de, du workspace, full context', DE_DRAFT, { ...deCtx, address: 'du' });
bench('en, full context', EN_DRAFT, enCtx);
bench('de, draft only', DE_DRAFT, { locale: 'de', address: 'Sie' });
