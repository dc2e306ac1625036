import type { CheckCode, Finding, ReplyCheckContext, Severity } from './guidance.types.js';
import { getDefaultTemplates } from './playbooks.js';
import { CHECK_CODES, checkReply, normaliseReply } from './reply-check.js';
import { renderTemplate } from './templates.js';

const DE: ReplyCheckContext = { locale: 'de', address: 'Sie' };
const DU: ReplyCheckContext = { locale: 'de', address: 'du' };
const EN: ReplyCheckContext = { locale: 'en', address: 'Sie' };

const spanText = (draft: string, f: Finding): string | null => (f.span ? draft.slice(f.span.start, f.span.end) : null);
const of = (findings: Finding[], code: CheckCode): Finding[] => findings.filter((f) => f.code === code);

/** [name, draft, context, code, offending text (null = whole draft), severity] */
type Positive = [string, string, ReplyCheckContext, CheckCode, string | null, Severity];

const POSITIVES: Positive[] = [
  // ── defensive_wording, German ─────────────────────────────────────────────────────────
  ['de: Da müssen Sie sich irren', 'Da müssen Sie sich irren, die Ware war vollständig.', DE, 'defensive_wording', 'müssen Sie sich irren', 'warning'],
  ['de: Sie irren sich', 'Hier irren Sie sich leider.', DE, 'defensive_wording', 'irren Sie sich', 'warning'],
  ['de: du hast dich vertan', 'Da hast du dich wohl vertan.', DU, 'defensive_wording', 'dich wohl vertan', 'warning'],
  ['de: Sie liegen falsch', 'Da liegen Sie leider falsch.', DE, 'defensive_wording', 'liegen Sie leider falsch', 'warning'],
  ['de: falsch verstanden', 'Sie haben das offenbar falsch verstanden.', DE, 'defensive_wording', 'Sie haben das offenbar falsch verstanden', 'warning'],
  ['de: missverstanden (du)', 'Da hast du etwas missverstanden.', DU, 'defensive_wording', 'hast du etwas missverstanden', 'warning'],
  ['de: überlesen', 'Sie haben den Hinweis im Shop wohl überlesen.', DE, 'defensive_wording', 'Sie haben den Hinweis im Shop wohl überlesen', 'warning'],
  ['de: verstehen das falsch', 'Sie verstehen das falsch.', DE, 'defensive_wording', 'Sie verstehen das falsch', 'warning'],
  ['de: haben Sie überhaupt', 'Haben Sie überhaupt in die Anleitung geschaut?', DE, 'defensive_wording', 'Haben Sie überhaupt', 'warning'],
  ['de: wie bereits erwähnt', 'Wie bereits erwähnt, ist der Versand kostenlos.', DE, 'defensive_wording', 'Wie bereits erwähnt', 'warning'],
  ['de: wie schon gesagt', 'Wie schon gesagt: Montag.', DE, 'defensive_wording', 'Wie schon gesagt', 'warning'],
  ['de: wie oben beschrieben', 'Gehen Sie vor wie oben beschrieben.', DE, 'defensive_wording', 'wie oben beschrieben', 'warning'],
  ['de: wie gesagt', 'Wie gesagt, das dauert.', DE, 'defensive_wording', 'Wie gesagt', 'warning'],
  ['de: wie wir Ihnen bereits mitgeteilt haben', 'Wie wir Ihnen bereits per Mail mitgeteilt haben, ist das Paket unterwegs.', DE, 'defensive_wording', 'Wie wir Ihnen bereits per Mail mitgeteilt', 'warning'],
  ['de: ich wiederhole mich', 'Ich wiederhole mich gern: Der Laden ist zu.', DE, 'defensive_wording', 'Ich wiederhole mich', 'warning'],
  ['de: steht doch auf', 'Das steht doch auf unserer Website.', DE, 'defensive_wording', 'steht doch auf', 'warning'],
  ['de: Sie hätten … müssen', 'Sie hätten sich früher melden müssen.', DE, 'defensive_wording', 'Sie hätten sich früher melden müssen', 'warning'],
  ['de: du hättest … sollen', 'Du hättest die Anleitung lesen sollen.', DU, 'defensive_wording', 'Du hättest die Anleitung lesen sollen', 'warning'],
  ['de: Das hätten Sie … müssen', 'Das hätten Sie vorher prüfen müssen.', DE, 'defensive_wording', 'Das hätten Sie vorher prüfen müssen', 'warning'],
  ['de: wenn Sie gelesen hätten', 'Wenn Sie die Beschreibung gelesen hätten, wüssten Sie es.', DE, 'defensive_wording', 'Wenn Sie die Beschreibung gelesen hätten', 'warning'],
  ['de: nicht unsere Schuld', 'Das ist nicht unsere Schuld.', DE, 'defensive_wording', 'nicht unsere Schuld', 'warning'],
  ['de: nicht unser Problem', 'Das ist nicht unser Problem.', DE, 'defensive_wording', 'nicht unser Problem', 'warning'],
  ['de: liegt nicht an uns', 'Das liegt aber nicht an uns.', DE, 'defensive_wording', 'liegt aber nicht an uns', 'warning'],
  ['de: dafür können wir nichts', 'Dafür können wir leider nichts.', DE, 'defensive_wording', 'Dafür können wir leider nichts', 'warning'],
  ['de: wir sind nicht verantwortlich', 'Für den Versand sind wir nicht verantwortlich; wir sind dafür nicht zuständig.', DE, 'defensive_wording', 'wir sind dafür nicht zuständig', 'warning'],
  ['de: Ihre eigene Schuld', 'Das ist Ihre eigene Schuld.', DE, 'defensive_wording', 'ist Ihre eigene Schuld', 'warning'],
  ['de: selbst schuld', 'Da sind Sie selbst schuld.', DE, 'defensive_wording', 'selbst schuld', 'warning'],
  ['de: Bedienfehler', 'Es handelt sich um einen Bedienfehler.', DE, 'defensive_wording', 'Bedienfehler', 'warning'],
  ['de: Das stimmt so nicht', 'Das stimmt so nicht.', DE, 'defensive_wording', 'Das stimmt so nicht', 'warning'],
  ['de: Das ist falsch', 'Das ist schlicht falsch.', DE, 'defensive_wording', 'Das ist schlicht falsch', 'warning'],
  ['de: Das ist so nicht richtig', 'Das ist so nicht richtig.', DE, 'defensive_wording', 'Das ist so nicht richtig', 'warning'],
  ['de: entspricht nicht der Wahrheit', 'Ihre Aussage entspricht nicht der Wahrheit.', DE, 'defensive_wording', 'entspricht nicht der Wahrheit', 'warning'],
  ['de: Sie behaupten', 'Sie behaupten, die Ware sei kaputt.', DE, 'defensive_wording', 'Sie behaupten', 'warning'],
  ['de: bei allem Respekt', 'Bei allem Respekt, so war es nicht.', DE, 'defensive_wording', 'Bei allem Respekt', 'warning'],
  ['de: laut unseren AGB', 'Laut unseren AGB ist das ausgeschlossen.', DE, 'defensive_wording', 'Laut unseren AGB', 'warning'],
  ['de: gemäß unserer Richtlinie', 'Gemäß unserer Richtlinie geht das nicht.', DE, 'defensive_wording', 'Gemäß unserer Richtlinie', 'warning'],
  ['de: beruhigen Sie sich', 'Bitte beruhigen Sie sich.', DE, 'defensive_wording', 'beruhigen Sie sich', 'warning'],
  ['de: reg dich nicht auf', 'Reg dich doch nicht auf.', DU, 'defensive_wording', 'Reg dich doch nicht', 'warning'],
  ['de: kein Grund zur Aufregung', 'Kein Grund zur Aufregung.', DE, 'defensive_wording', 'Kein Grund zur Aufregung', 'warning'],
  ['de: da kann man nichts machen', 'Da kann man leider nichts machen.', DE, 'defensive_wording', 'Da kann man leider nichts machen', 'warning'],
  ['de: das ist halt so', 'Das ist halt so.', DE, 'defensive_wording', 'Das ist halt so', 'warning'],
  ['de: niemand hat sich beschwert', 'Bisher hat sich noch niemand darüber beschwert.', DE, 'defensive_wording', 'niemand darüber beschwert', 'warning'],
  // ── defensive_wording, English ────────────────────────────────────────────────────────
  ['en: you misunderstood', 'I think you misunderstood the offer.', EN, 'defensive_wording', 'you misunderstood', 'warning'],
  ['en: you must have misread', 'You must have misread the label.', EN, 'defensive_wording', 'You must have misread', 'warning'],
  ['en: you are mistaken', "You're simply mistaken here.", EN, 'defensive_wording', "You're simply mistaken", 'warning'],
  ['en: typographic apostrophe', 'You’re wrong about the price.', EN, 'defensive_wording', 'You’re wrong', 'warning'],
  ['en: did you even read', 'Did you even read the description?', EN, 'defensive_wording', 'Did you even read', 'warning'],
  ['en: as already mentioned', 'As already mentioned, shipping is free.', EN, 'defensive_wording', 'As already mentioned', 'warning'],
  ['en: as we have previously stated', 'As we have previously stated, refunds take 5 days.', EN, 'defensive_wording', 'As we have previously stated', 'warning'],
  ['en: as mentioned before', 'As mentioned before, we are closed on Sundays.', EN, 'defensive_wording', 'As mentioned before', 'warning'],
  ['en: like I said', 'Like I said, it ships Monday.', EN, 'defensive_wording', 'Like I said', 'warning'],
  ['en: you should have', 'You should have contacted us earlier.', EN, 'defensive_wording', 'You should have', 'warning'],
  ["en: you should've", "You should've read the manual.", EN, 'defensive_wording', "You should've", 'warning'],
  ['en: you could have just', 'You could have just called us.', EN, 'defensive_wording', 'You could have just', 'warning'],
  ['en: if you had read', 'If you had read the FAQ you would know.', EN, 'defensive_wording', 'If you had read', 'warning'],
  ['en: not our fault', "That's not our fault.", EN, 'defensive_wording', 'not our fault', 'warning'],
  ["en: we're not responsible", "We're not responsible for the courier.", EN, 'defensive_wording', "We're not responsible", 'warning'],
  ['en: your own fault', "That's your own fault.", EN, 'defensive_wording', "That's your own fault", 'warning'],
  ['en: user error', 'This is user error.', EN, 'defensive_wording', 'user error', 'warning'],
  ["en: that's not true", "That's simply not true.", EN, 'defensive_wording', "That's simply not true", 'warning'],
  ['en: with all due respect', 'With all due respect, that is how it works.', EN, 'defensive_wording', 'With all due respect', 'warning'],
  ['en: per our policy', 'Per our policy, returns are not possible.', EN, 'defensive_wording', 'Per our policy', 'warning'],
  ['en: as per our terms', 'As per our terms, this is final.', EN, 'defensive_wording', 'As per our terms', 'warning'],
  ['en: according to our policy', 'According to our policy we cannot refund.', EN, 'defensive_wording', 'According to our policy', 'warning'],
  ['en: company policy', "Sorry, it's company policy.", EN, 'defensive_wording', 'company policy', 'warning'],
  ['en: calm down', 'Please calm down.', EN, 'defensive_wording', 'calm down', 'warning'],
  ['en: no need to get upset', 'There is no need to get upset.', EN, 'defensive_wording', 'no need to get upset', 'warning'],
  ["en: you're overreacting", "You're overreacting.", EN, 'defensive_wording', "You're overreacting", 'warning'],
  ["en: nothing we can do", "Sorry, there's nothing we can do.", EN, 'defensive_wording', 'nothing we can do', 'warning'],
  ["en: you're the first to complain", "You're the first one to complain about this.", EN, 'defensive_wording', "You're the first one", 'warning'],
  ['en: nobody else has complained', 'Nobody else has complained.', EN, 'defensive_wording', 'Nobody else has complained', 'warning'],
  // ── missing_acknowledgement ───────────────────────────────────────────────────────────
  ['de: complaint answered without acknowledgement', 'Das Paket kommt morgen.', { ...DE, label: 'complaint' }, 'missing_acknowledgement', null, 'warning'],
  ['en: complaint answered without acknowledgement', 'The parcel arrives tomorrow.', { ...EN, label: 'complaint' }, 'missing_acknowledgement', null, 'warning'],
  ['de: "verstehen" inside a defensive phrase is no acknowledgement', 'Sie verstehen das falsch, das Paket kommt morgen.', { ...DE, label: 'complaint' }, 'missing_acknowledgement', null, 'warning'],
  ['en: "our fault" inside "not our fault" is no acknowledgement', "It's not our fault, the parcel arrives tomorrow.", { ...EN, label: 'complaint' }, 'missing_acknowledgement', null, 'warning'],
  // ── wrong_address: du-forms in a Sie workspace ───────────────────────────────────────
  ['de Sie: du', 'Kannst du uns kurz schreiben?', DE, 'wrong_address', 'du', 'warning'],
  ['de Sie: verb form kannst', 'Kannst du uns kurz schreiben?', DE, 'wrong_address', 'Kannst', 'warning'],
  ['de Sie: dir', 'Wir helfen dir gern.', DE, 'wrong_address', 'dir', 'warning'],
  ['de Sie: deine', 'Danke für deine Nachricht.', DE, 'wrong_address', 'deine', 'warning'],
  ['de Sie: dich', 'Wir melden uns bei dich.', DE, 'wrong_address', 'dich', 'warning'],
  ['de Sie: euch', 'Wir freuen uns auf euch.', DE, 'wrong_address', 'euch', 'warning'],
  ['de Sie: habt ihr', 'Habt ihr Fragen?', DE, 'wrong_address', 'Habt ihr', 'warning'],
  ['de Sie: imperative', 'Schreib uns eine DM.', DE, 'wrong_address', 'Schreib uns', 'warning'],
  ['de Sie: hast', 'Das hast Du richtig gesehen.', DE, 'wrong_address', 'hast', 'warning'],
  // ── wrong_address: Sie-forms in a du workspace ────────────────────────────────────────
  ['de du: Sie mid-sentence', 'Danke, dass Sie uns schreiben.', DU, 'wrong_address', 'Sie', 'warning'],
  ['de du: Ihnen', 'Wir helfen Ihnen gern.', DU, 'wrong_address', 'Ihnen', 'warning'],
  ['de du: Ihre mid-sentence', 'Danke für Ihre Nachricht.', DU, 'wrong_address', 'Ihre', 'warning'],
  ['de du: Ihr + noun mid-sentence', 'Danke, Ihr Feedback hilft.', DU, 'wrong_address', 'Ihr', 'warning'],
  ['de du: Sie after a greeting comma', 'Hallo Anna, Sie haben recht.', DU, 'wrong_address', 'Sie', 'warning'],
  ['de du: sentence-initial Sie with a cue', 'Danke! Sie können uns jederzeit schreiben.', DU, 'wrong_address', 'Sie', 'warning'],
  ['de du: sentence-initial Ihre + customer noun', 'Danke. Ihre Bestellung ist unterwegs.', DU, 'wrong_address', 'Ihre', 'warning'],
  ['de du: sentence-initial Ihnen in a wish', 'Ihnen einen schönen Tag!', DU, 'wrong_address', 'Ihnen', 'warning'],
  // ── unchanged_template ────────────────────────────────────────────────────────────────
  ['placeholder left in', 'Hallo {{authorName}}, danke!', DE, 'unchanged_template', '{{authorName}}', 'error'],
  ['unknown placeholder left in', 'Hallo {{ vorname }}, danke!', DE, 'unchanged_template', '{{ vorname }}', 'error'],
  ['single-brace placeholder', 'Hi {name}, thanks!', EN, 'unchanged_template', '{name}', 'error'],
  ['[Name] filler', 'Hallo [Name], danke für Ihre Nachricht.', DE, 'unchanged_template', '[Name]', 'error'],
  ['[link] filler', 'All the details are here: [link].', EN, 'unchanged_template', '[link]', 'error'],
  ['<Name> filler', 'Dear <Customer Name>, thanks.', EN, 'unchanged_template', '<Customer Name>', 'error'],
  ['XXX filler', 'Ihr Gutschein lautet XXX.', DE, 'unchanged_template', 'XXX', 'error'],
  [
    'rendered but unedited template',
    'Hi Anna, thanks for the kind words! That made our day. Ben from Rösterei Müller',
    { ...EN, templates: [{ id: 'praise.short', body: 'Hi {{authorName}}, thanks for the kind words! That made our day. {{agentName}} from {{brand}}' }] },
    'unchanged_template',
    null,
    'warning',
  ],
  [
    'template without placeholders, different spacing and case',
    'danke   für IHR Feedback!',
    { ...DE, templates: [{ id: 'own.thanks', body: 'Danke für Ihr Feedback!' }] },
    'unchanged_template',
    null,
    'warning',
  ],
  // ── repeated_reply ────────────────────────────────────────────────────────────────────
  [
    'de: same reply posted 3 times today (greeting and names ignored)',
    'Hallo Tom, danke für Ihre Nachricht! Wir melden uns per DM.',
    { ...DE, followUpSet: true, recentReplies: ['Hallo Anna, danke für Ihre Nachricht! Wir melden uns per DM.', 'Hi Ben, Danke für Ihre Nachricht!  Wir melden uns per DM', '@carla danke für Ihre Nachricht! Wir melden uns per DM.', 'Etwas anderes.'] },
    'repeated_reply',
    null,
    'warning',
  ],
  [
    'en: same reply posted 4 times today',
    'Thanks for your feedback, we will pass it on!',
    { ...EN, recentReplies: Array.from({ length: 4 }, () => 'Thanks for your feedback, we will pass it on!') },
    'repeated_reply',
    null,
    'warning',
  ],
  // ── shouting ──────────────────────────────────────────────────────────────────────────
  ['de: caps stretch', 'Bitte LESEN SIE DIE ANLEITUNG.', DE, 'shouting', 'LESEN SIE DIE ANLEITUNG', 'warning'],
  ['de: caps with umlauts', 'Das ist WIRKLICH ÄRGERLICH für uns.', DE, 'shouting', 'WIRKLICH ÄRGERLICH', 'warning'],
  ['en: caps stretch', 'We are NOT GOING TO REFUND this.', EN, 'shouting', 'NOT GOING TO REFUND', 'warning'],
  ['en: !!!', 'Thanks!!!', EN, 'shouting', '!!!', 'warning'],
  ['de: ?!?', 'Wirklich?!?', DE, 'shouting', '?!?', 'warning'],
  // ── personal_data_echoed ─────────────────────────────────────────────────────────────
  ['de: e-mail echoed from the comment', 'Wir schreiben Ihnen an anna.schmidt@example.com.', { ...DE, inboundText: 'Meine Mail: anna.schmidt@example.com' }, 'personal_data_echoed', 'anna.schmidt@example.com', 'error'],
  ['en: phone echoed from the comment', 'We will call you at +49 171 2345678 today.', { ...EN, inboundText: 'Call me: +49 (171) 234 56 78' }, 'personal_data_echoed', '+49 171 2345678', 'error'],
  ['de: order number echoed from the comment', 'Ihre Bestellung 4711-0815-22 ist unterwegs.', { ...DE, inboundText: 'Bestellung 4711-0815-22 fehlt!' }, 'personal_data_echoed', '4711-0815-22', 'error'],
  ['en: bare number echoed from the comment', 'We found 88812345 in our system.', { ...EN, inboundText: 'my customer no is 88812345' }, 'personal_data_echoed', '88812345', 'error'],
  ['de: IBAN echoed from the comment', 'Wir erstatten auf DE89 3704 0044 0532 0130 00.', { ...DE, inboundText: 'IBAN DE89370400440532013000' }, 'personal_data_echoed', 'DE89 3704 0044 0532 0130 00', 'error'],
  ['de: order number not in the comment', 'Ihre Kundennummer 55501234 ist notiert.', DE, 'personal_data_echoed', '55501234', 'warning'],
  ['en: order number not in the comment', 'Your order #A-99120 has shipped.', EN, 'personal_data_echoed', 'a-99120'.toUpperCase(), 'warning'],
  ['en: valid IBAN not in the comment', 'Refund goes to GB82 WEST 1234 5698 7654 32.', EN, 'personal_data_echoed', 'GB82 WEST 1234 5698 7654 32', 'warning'],
  ['de: personal e-mail not in the comment', 'Schreiben Sie an jana.meier@example.com.', DE, 'personal_data_echoed', 'jana.meier@example.com', 'info'],
  // ── promise_without_followup ──────────────────────────────────────────────────────────
  ['de: wir schauen uns das an', 'Danke! Wir schauen uns das an.', DE, 'promise_without_followup', 'Wir schauen uns das an', 'warning'],
  ['de: das schauen wir uns an (inverted)', 'Das schauen wir uns gleich an.', DE, 'promise_without_followup', 'schauen wir uns gleich an', 'warning'],
  ['de: wir kümmern uns darum', 'Wir kümmern uns darum.', DE, 'promise_without_followup', 'Wir kümmern uns', 'warning'],
  ['de: darum kümmern wir uns', 'Darum kümmern wir uns sofort.', DE, 'promise_without_followup', 'kümmern wir uns', 'warning'],
  ['de: wir prüfen das', 'Wir prüfen das intern.', DE, 'promise_without_followup', 'Wir prüfen das', 'warning'],
  ['de: wir melden uns', 'Wir melden uns morgen bei Ihnen.', DE, 'promise_without_followup', 'Wir melden uns', 'warning'],
  ['de: ich gebe dir Bescheid', 'Ich gebe dir Bescheid.', DU, 'promise_without_followup', 'gebe dir Bescheid', 'warning'],
  ['de: halten Sie auf dem Laufenden', 'Wir halten Sie auf dem Laufenden.', DE, 'promise_without_followup', 'halten Sie auf dem Laufenden', 'warning'],
  ["en: we'll look into it", "Thanks, we'll look into it.", EN, 'promise_without_followup', "we'll look into", 'warning'],
  ['en: we will get back to you', 'We will get back to you tomorrow.', EN, 'promise_without_followup', 'We will get back', 'warning'],
  ["en: I'm looking into it", "I'm looking into it now.", EN, 'promise_without_followup', "I'm looking into", 'warning'],
  ["en: you'll hear from us", "You'll hear from us soon.", EN, 'promise_without_followup', "You'll hear from us", 'warning'],
  // ── unanswered_question ───────────────────────────────────────────────────────────────
  ['de: only thanks to a question', 'Hallo Anna, danke für Ihre Frage! 😊', { ...DE, label: 'question' }, 'unanswered_question', null, 'warning'],
  ['de du: only thanks, question mark in the comment', 'Danke für deine Nachricht!', { ...DU, inboundText: 'Habt ihr am Samstag offen?' }, 'unanswered_question', null, 'warning'],
  ['en: only thanks and a sign-off', 'Thanks for your question! Best, Ben', { ...EN, label: 'question' }, 'unanswered_question', null, 'warning'],
  ['en: thanks and a name', 'Thanks, Priya!', { ...EN, inboundText: 'When do you open?' }, 'unanswered_question', null, 'warning'],
  ['de: very short', 'Ja.', { ...DE, label: 'question' }, 'unanswered_question', null, 'info'],
];

describe('checkReply finds problems', () => {
  it.each(POSITIVES)('%s', (_name, draft, ctx, code, text, severity) => {
    const found = of(checkReply(draft, ctx), code);
    const match = found.find((f) => (text === null ? f.span === null : spanText(draft, f) === text));
    expect({ found: found.map((f) => [f.severity, spanText(draft, f)]), match: match?.severity }).toMatchObject({ match: severity });
    expect(match?.message.length).toBeGreaterThan(20);
  });

  it('covers every check code in German and English', () => {
    for (const code of CHECK_CODES) {
      const locales = new Set(POSITIVES.filter((p) => p[3] === code).map((p) => p[2].locale));
      if (code === 'wrong_address') expect([...locales]).toEqual(['de']); // German only by design
      else expect({ code, locales: [...locales].sort() }).toEqual({ code, locales: ['de', 'en'] });
    }
  });
});

/** Near misses: the construction looks alike, but it is not the problem. [name, draft, context, code] */
const NEGATIVES: [string, string, ReplyCheckContext, CheckCode][] = [
  ['de: admitting our own misunderstanding', 'Da haben wir Sie falsch verstanden, sorry!', DE, 'defensive_wording'],
  ['de: "wir haben uns geirrt" admits a mistake', 'Wir haben uns geirrt, das tut uns leid.', DE, 'defensive_wording'],
  ['de: "verstehen Sie mich nicht falsch"', 'Verstehen Sie mich nicht falsch: Wir freuen uns über Kritik.', DE, 'defensive_wording'],
  ['de: "Sie hätten … verdient" is empathy', 'Sie hätten eine schnellere Antwort verdient.', DE, 'defensive_wording'],
  ['de: "Sie hätten mehr erwarten dürfen" is empathy', 'Sie hätten zu Recht mehr erwarten dürfen.', DE, 'defensive_wording'],
  ['de: polite "Hätten Sie Zeit"', 'Hätten Sie kurz Zeit für ein Telefonat, damit wir helfen können?', DE, 'defensive_wording'],
  ['de: "Sie hätten gern" is a wish', 'Sie hätten gern eine Erstattung? Kein Problem.', DE, 'defensive_wording'],
  ['de: "Das ist falsch gelaufen" admits a mistake', 'Das ist falsch gelaufen, sorry.', DE, 'defensive_wording'],
  ['de: "nicht Ihre Schuld" reassures', 'Das ist nicht Ihre Schuld.', DE, 'defensive_wording'],
  ['de: "Ihr Problem ist gelöst"', 'Damit ist Ihr Problem gelöst.', DE, 'defensive_wording'],
  ['de: "wir lösen Ihr Problem"', 'Wir lösen Ihr Problem gern.', DE, 'defensive_wording'],
  ['de: "wie in der Anleitung beschrieben"', 'Gehen Sie vor wie in der Anleitung beschrieben.', DE, 'defensive_wording'],
  ['de: "Das stimmt, …"', 'Das stimmt, nicht alle Größen sind da.', DE, 'defensive_wording'],
  ['en: admitting our misunderstanding', 'Sorry, we misunderstood you.', EN, 'defensive_wording'],
  ['en: "you should have received" is epistemic', 'You should have received a confirmation e-mail.', EN, 'defensive_wording'],
  ["en: \"you shouldn't have had to\" is empathy", "You shouldn't have had to wait this long.", EN, 'defensive_wording'],
  ["en: \"you're not wrong\"", "You're not wrong, that was slow.", EN, 'defensive_wording'],
  ['en: "your problem" as object', "We'll fix your problem today.", { ...EN, followUpSet: true }, 'defensive_wording'],
  ['en: "thanks once again"', 'Thanks once again for your patience.', EN, 'defensive_wording'],
  ['de: Sie-form is right in a Sie workspace', 'Danke, dass Sie uns schreiben. Wir helfen Ihnen gern.', DE, 'wrong_address'],
  ['de: du-form is right in a du workspace', 'Danke für deine Nachricht, wir helfen dir gern.', DU, 'wrong_address'],
  ['de du: sentence-initial "Sie" = they', 'Die Pakete sind da. Sie kommen morgen an.', DU, 'wrong_address'],
  ['de du: lower-case sie/ihr = they/her', 'Die Kolleginnen sagen, sie helfen ihr gern und schicken ihnen alles.', DU, 'wrong_address'],
  ['de du: capitalised 2nd plural "Ihr habt"', 'Ihr habt recht, danke euch!', DU, 'wrong_address'],
  ['de du: "wenn Ihr wollt"', 'Wenn Ihr wollt, schreibt uns.', DU, 'wrong_address'],
  ['de Sie: "ihr" alone (her/their) is no du-form', 'Die Kundin hat ihr Paket erhalten.', DE, 'wrong_address'],
  ['en: address form is not checked in English', 'Thanks, du bist great.', EN, 'wrong_address'],
  ['markdown link is not filler', 'Details: [hier](https://example.com/faq).', DE, 'unchanged_template'],
  ['footnote [1] is not filler', 'Siehe Punkt [1] der FAQ.', DE, 'unchanged_template'],
  ['acronyms are not shouting', 'DHL und DPD liefern, ALDI SÜD auch, laut DSGVO.', DE, 'shouting'],
  ['!! is not yet shouting', 'Danke!!', DE, 'shouting'],
  ['??? is not shouting', 'Wie bitte???', DE, 'shouting'],
  ['de: role mailbox is the team’s own', 'Schreiben Sie an service@example.com.', DE, 'personal_data_echoed'],
  ['de: a date is no phone number', 'Ab dem 01.02.2025 gilt der neue Preis.', DE, 'personal_data_echoed'],
  ['de: price and year are not personal data', 'Der Preis 12345 Cent gilt bis 2026.', DE, 'personal_data_echoed'],
  ['en: invalid IBAN-looking code', 'Use code DE12 3456 7890 1234 5678 90 at checkout.', EN, 'personal_data_echoed'],
  ['de: a keyword without number', 'Bitte schicken Sie uns Ihre Bestellnummer per Direktnachricht.', DE, 'personal_data_echoed'],
  ['de: promise with follow-up set', 'Wir schauen uns das an.', { ...DE, followUpSet: true }, 'promise_without_followup'],
  ['de: past tense is not a promise', 'Wir haben das geprüft und angepasst.', DE, 'promise_without_followup'],
  ['en: promise with follow-up set', "We'll look into it.", { ...EN, followUpSet: true }, 'promise_without_followup'],
  ['en: "we\'re working on it" reports, not promises', "We're working on it.", EN, 'promise_without_followup'],
  ['de: a real short answer', 'Ja, bis 14 Uhr geöffnet.', { ...DE, label: 'question' }, 'unanswered_question'],
  ['en: a real short answer', 'Yes, we open at 9 am on Saturdays.', { ...EN, label: 'question' }, 'unanswered_question'],
  ['de: no question asked', 'Danke!', { ...DE, label: 'praise', inboundText: 'Toller Laden!' }, 'unanswered_question'],
  ['de: acknowledgement present', 'Das ist ärgerlich. Das Paket kommt morgen.', { ...DE, label: 'complaint' }, 'missing_acknowledgement'],
  ['en: acknowledgement present', "Sorry about that! It arrives tomorrow.", { ...EN, label: 'complaint' }, 'missing_acknowledgement'],
  ['de: ack only checked on complaints', 'Das Paket kommt morgen.', { ...DE, label: 'question' }, 'missing_acknowledgement'],
  ['repeated only twice', 'Danke für Ihre Nachricht, wir melden uns.', { ...DE, followUpSet: true, recentReplies: ['Danke für Ihre Nachricht, wir melden uns.', 'Danke für Ihre Nachricht, wir melden uns.', 'Anders.'] }, 'repeated_reply'],
  ['short thanks may repeat', 'Danke!', { ...DE, recentReplies: ['Danke!', 'Danke!', 'Danke!', 'Danke!'] }, 'repeated_reply'],
  [
    'edited template',
    'Hi Anna, thanks for the kind words! The new roast is my favourite too. Ben from Rösterei Müller',
    { ...EN, templates: [{ id: 'praise.short', body: 'Hi {{authorName}}, thanks for the kind words! That made our day. {{agentName}} from {{brand}}' }] },
    'unchanged_template',
  ],
];

describe('checkReply leaves near misses alone', () => {
  it.each(NEGATIVES)('%s', (_name, draft, ctx, code) => {
    const found = of(checkReply(draft, ctx), code);
    expect(found.map((f) => spanText(draft, f) ?? f.message)).toEqual([]);
  });
});

describe('false-positive guard: good replies', () => {
  const GOOD: [string, string, ReplyCheckContext][] = [
    [
      'de Sie complaint',
      'Hallo Frau Weber, danke für Ihre ehrliche Rückmeldung – dass die Lieferung zwei Wochen gedauert hat, ist ärgerlich, und das tut uns leid. Ich habe Ihnen eine Direktnachricht geschrieben, damit wir die Erstattung heute klären. Viele Grüße, Jana von Rösterei Müller',
      { ...DE, label: 'complaint', flags: ['churn_risk'], inboundText: 'Zwei Wochen auf meinen Kaffee gewartet?! Ich kündige mein Abo.' },
    ],
    [
      'de Sie complaint admitting the mistake',
      'Hallo Herr Yilmaz, Sie haben recht: Der Preis war falsch ausgezeichnet, das war unser Fehler. Wir haben ihn korrigiert und erstatten Ihnen die Differenz. Danke für den Hinweis!',
      { ...DE, label: 'complaint', inboundText: 'Im Laden 9,99 €, an der Kasse 12,99 €. Frechheit.' },
    ],
    [
      'de Sie question with the team address',
      'Hallo Herr Becker, danke für Ihre Frage. Die Rücksendung ist 30 Tage lang kostenlos; das Etikett finden Sie in Ihrem Kundenkonto unter „Bestellungen“. Bei Fragen erreichen Sie uns unter service@roesterei-mueller.de.',
      { ...DE, label: 'question', inboundText: 'Kostet die Rücksendung etwas?' },
    ],
    [
      'de du complaint',
      'Hi Tom, das verstehen wir gut – so sollte es nicht laufen. Schreib uns bitte kurz per Direktnachricht, dann finden wir eine Lösung. Liebe Grüße, Sara',
      { ...DU, label: 'complaint', inboundText: 'Die Mühle ist nach einer Woche kaputt.' },
    ],
    [
      'de du question',
      'Hi Lena, danke dir! Ja, wir haben am Samstag von 9 bis 14 Uhr geöffnet. Bis bald!',
      { ...DU, label: 'question', inboundText: 'Habt ihr Samstag offen?' },
    ],
    [
      'de du follow-up: you said, we changed',
      'Hi Max, kurzes Update: Du hattest geschrieben, dass die Verpackung zu viel Plastik hat. Seit Montag verschicken wir nur noch in Papier. Danke für den Anstoß!',
      { ...DU, label: 'complaint', followUpSet: true },
    ],
    [
      'en complaint',
      "Hi Sam, thanks for flagging this — a two-week delay is frustrating, and we're sorry. I've sent you a direct message so we can sort out a replacement today. Best, Jana from Müller Coffee",
      { ...EN, label: 'complaint', inboundText: 'Two weeks and still no coffee?!' },
    ],
    [
      'en complaint admitting the mistake',
      "You're right, the price on our website was wrong, and that's on us. We've fixed it and refunded the difference. Thanks for pointing it out!",
      { ...EN, label: 'complaint' },
    ],
    [
      'en question',
      "Hi Priya, yes — we're open on Saturdays from 9 am to 2 pm. Returns are free for 30 days; questions go to support@mueller-coffee.com. See you soon!",
      { ...EN, label: 'question', inboundText: 'Are you open on Saturdays?' },
    ],
    ['en praise', "Thank you so much, Alex! I'll tell the team at the shop, they'll be thrilled.", { ...EN, label: 'praise' }],
  ];

  it.each(GOOD)('%s: no findings at all', (_name, draft, ctx) => {
    expect(checkReply(draft, ctx)).toEqual([]);
  });
});

describe('checkReply messages and shape', () => {
  it.each<[string, ReplyCheckContext, RegExp]>([
    ['German, Sie', DE, /^Streichen Sie „wie bereits erwähnt“ – das klingt nach Vorwurf\./],
    ['German, du', DU, /^Streich „wie bereits erwähnt“ – das klingt nach Vorwurf\./],
    ['English', EN, /^Replace "wie bereits erwähnt" — it sounds like a reproach; restate the answer instead\.$/],
  ])('speaks %s', (_name, ctx, message) => {
    const [f] = checkReply('Danke, wie bereits erwähnt ist das so.', ctx).filter((x) => x.code === 'defensive_wording');
    expect(f?.message).toMatch(message);
  });

  it('gives the Sie replacement for a du-form', () => {
    const [f] = checkReply('Wir helfen dir gern.', DE);
    expect(f?.message).toBe('„dir“ ist eine Du-Form – in diesem Workspace siezen Sie Ihre Kundschaft. Schreiben Sie „Ihnen“.');
  });

  it('gives the du replacement for a Sie-form', () => {
    const [f] = checkReply('Wir helfen Ihnen gern.', DU);
    expect(f?.message).toBe('„Ihnen“ ist eine Sie-Form – in diesem Workspace duzt ihr eure Community. Schreib „dir“.');
  });

  it('sorts errors first, then by position, and is deterministic', () => {
    const draft = 'Wie bereits erwähnt: Hallo {{authorName}}, NICHT UNSERE SCHULD!!! Mail: a.b@example.com';
    const ctx: ReplyCheckContext = { ...DE, label: 'complaint', inboundText: 'a.b@example.com' };
    const first = checkReply(draft, ctx);
    expect(checkReply(draft, ctx)).toEqual(first);
    const ranks = first.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect([...ranks].sort()).toEqual(ranks);
    expect(first.slice(0, 2).map((f) => f.code)).toEqual(['unchanged_template', 'personal_data_echoed']);
  });

  it('returns nothing for an empty draft', () => {
    expect(checkReply('   ', { ...DE, label: 'question' })).toEqual([]);
  });

  it('spans point into the original text even when lower-casing changes length', () => {
    const draft = 'İİ Wie bereits erwähnt.';
    const [f] = checkReply(draft, DE);
    expect(f && spanText(draft, f)).toBe('Wie bereits erwähnt');
  });

  it('flags every template of the library when posted unchanged', () => {
    const templates = getDefaultTemplates('de', 'Sie');
    const t = templates.find((x) => x.id === 'praise.short')!;
    const draft = renderTemplate(t, { authorName: 'Anna', agentName: 'Ben', brand: 'Rösterei' });
    const [f] = checkReply(draft, { ...DE, templates });
    expect(f?.code).toBe('unchanged_template');
    expect(f?.message).toContain('praise.short');
  });
});

describe('normaliseReply', () => {
  it.each([
    ['Hallo Anna, danke!', 'danke'],
    ['@anna_b Danke!!', 'danke'],
    ['Hi Ben,\nThanks  for the   note.', 'thanks for the note'],
    ['Danke, Anna!', 'danke anna'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseReply(input)).toBe(expected);
  });
});
