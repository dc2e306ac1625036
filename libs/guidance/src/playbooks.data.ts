/**
 * The playbooks as data. Every text exists three times: German formal (Sie), German informal
 * (du) and English. Instructions address the agent in the workspace's form; templates address
 * the commenter. Change any wording → bump GUIDANCE_VERSION, because replies and audits refer
 * to the version they were written with.
 */
import type { PlaybookKey } from './guidance.types.js';

export const GUIDANCE_VERSION = '2026.11.1';

/** One text in the three variants. */
export interface Variants {
  Sie: string;
  du: string;
  en: string;
}

export interface TemplateSource {
  id: string;
  title: { de: string; en: string };
  body: Variants;
}

export interface PlaybookSource {
  title: { de: string; en: string };
  doNow: readonly Variants[];
  dont: readonly Variants[];
  templates: readonly TemplateSource[];
}

/** Same sentence for Sie and du (it does not address anyone). */
const de = (text: string, en: string): Variants => ({ Sie: text, du: text, en });

const question: PlaybookSource = {
  title: { de: 'Frage', en: 'Question' },
  doNow: [
    {
      Sie: 'Antworten Sie öffentlich und innerhalb weniger Stunden – die Antwort lesen alle, die dieselbe Frage haben.',
      du: 'Antworte öffentlich und innerhalb weniger Stunden – die Antwort lesen alle, die dieselbe Frage haben.',
      en: 'Answer in public and within a few hours — everyone with the same question reads the answer.',
    },
    {
      Sie: 'Beantworten Sie die Frage im ersten Satz: Ja/Nein, Preis, Datum, Ort.',
      du: 'Beantworte die Frage im ersten Satz: Ja/Nein, Preis, Datum, Ort.',
      en: 'Put the answer in the first sentence: yes/no, price, date, place.',
    },
    {
      Sie: 'Verlinken Sie die eine Seite, die weiterhilft (FAQ-Eintrag, Produktseite, Öffnungszeiten) – nicht die Startseite.',
      du: 'Verlinke die eine Seite, die weiterhilft (FAQ-Eintrag, Produktseite, Öffnungszeiten) – nicht die Startseite.',
      en: 'Link the one page that helps (FAQ entry, product page, opening hours), not the home page.',
    },
    {
      Sie: 'Wissen Sie es nicht sicher: Sagen Sie, bis wann Sie es herausfinden, und setzen Sie eine Wiedervorlage.',
      du: 'Weißt du es nicht sicher: Sag, bis wann du es herausfindest, und setz eine Wiedervorlage.',
      en: "If you're not sure, say by when you'll find out and set a follow-up.",
    },
    {
      Sie: 'Geht es um eine bestimmte Bestellung oder ein Konto: Bitten Sie um eine Direktnachricht – nie um die Nummer im Kommentar.',
      du: 'Geht es um eine bestimmte Bestellung oder ein Konto: Bitte um eine Direktnachricht – nie um die Nummer im Kommentar.',
      en: "If it's about a specific order or account, ask for a direct message — never for the number in the comments.",
    },
  ],
  dont: [
    {
      Sie: 'Nicht nur „Schauen Sie in unsere FAQ“ schreiben – erst antworten, dann verlinken.',
      du: 'Nicht nur „Schau in unsere FAQ“ schreiben – erst antworten, dann verlinken.',
      en: "Don't just write 'check our FAQ' — answer first, then link.",
    },
    de(
      'Nicht raten: „Ich kläre das bis morgen“ ist besser als eine falsche Auskunft, die dann korrigiert werden muss.',
      "Don't guess: 'I'll check and reply by tomorrow' beats a wrong answer you have to correct later.",
    ),
    de(
      'Kein „wie bereits erwähnt“ oder „steht doch auf der Website“ – das klingt nach Vorwurf.',
      "No 'as already mentioned' or 'it's on our website' — it reads as a reproach.",
    ),
    de(
      'Kritisch formulierte Fragen nicht übergehen – gerade die lesen viele mit.',
      "Don't skip questions because they're phrased sharply — those are the ones many people read.",
    ),
  ],
  templates: [
    {
      id: 'question.answer-link',
      title: { de: 'Antwort mit Link', en: 'Answer with link' },
      body: {
        Sie: 'Hallo {{authorName}}, danke für Ihre Frage! [Antwort in einem Satz: Ja/Nein, Preis, Datum …] Alle Details finden Sie hier: [Link]. Viele Grüße, {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, danke für deine Frage! [Antwort in einem Satz: Ja/Nein, Preis, Datum …] Alle Details findest du hier: [Link]. Liebe Grüße, {{agentName}} von {{brand}}',
        en: 'Hi {{authorName}}, thanks for asking! [Answer in one sentence: yes/no, price, date …] All the details are here: [link]. Best, {{agentName}} from {{brand}}',
      },
    },
    {
      id: 'question.checking',
      title: { de: 'Noch in Klärung', en: 'Still checking' },
      body: {
        Sie: 'Hallo {{authorName}}, gute Frage – die möchte ich Ihnen nicht aus dem Bauch heraus beantworten. Ich kläre das mit dem Team und antworte Ihnen hier bis [Tag/Uhrzeit]. Viele Grüße, {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, gute Frage – die will ich dir nicht aus dem Bauch heraus beantworten. Ich kläre das mit dem Team und antworte dir hier bis [Tag/Uhrzeit]. Liebe Grüße, {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, good question — I'd rather not guess. I'm checking with the team and will answer here by [day/time]. Best, {{agentName}} from {{brand}}",
      },
    },
    {
      id: 'question.order-dm',
      title: { de: 'Bestellung → Direktnachricht', en: 'Order → direct message' },
      body: {
        Sie: 'Hallo {{authorName}}, dazu schauen wir gern direkt in Ihre Bestellung. Bitte schicken Sie uns Ihre Bestellnummer per Direktnachricht – hier im Kommentar wäre sie für alle sichtbar. Danke! {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, dazu schauen wir gern direkt in deine Bestellung. Schick uns deine Bestellnummer bitte per Direktnachricht – hier im Kommentar wäre sie für alle sichtbar. Danke! {{agentName}} von {{brand}}',
        en: 'Hi {{authorName}}, happy to check your order directly. Please send us your order number by direct message — here in the comments everyone could see it. Thanks! {{agentName}} from {{brand}}',
      },
    },
  ],
};

const complaint: PlaybookSource = {
  title: { de: 'Beschwerde', en: 'Complaint' },
  doNow: [
    {
      Sie: 'Reagieren Sie schnell und öffentlich – eine erste Antwort innerhalb von 1–2 Stunden (Geschäftszeit), auch wenn die Lösung länger dauert.',
      du: 'Reagiere schnell und öffentlich – eine erste Antwort innerhalb von 1–2 Stunden (Geschäftszeit), auch wenn die Lösung länger dauert.',
      en: 'Respond fast and in public — a first reply within 1–2 business hours, even if the fix takes longer.',
    },
    {
      Sie: 'Danken Sie und benennen Sie das Problem konkret: „Zwei Wochen Lieferzeit statt drei Tagen – das ist ärgerlich, sorry.“',
      du: 'Danke und benenne das Problem konkret: „Zwei Wochen Lieferzeit statt drei Tagen – das ist ärgerlich, sorry.“',
      en: "Thank them and name the problem: 'Two weeks instead of three days — that's annoying, sorry.'",
    },
    {
      Sie: 'Lag der Fehler bei Ihrem Unternehmen, sagen Sie es klar: „Das war unser Fehler.“ Ohne „aber“ im selben Satz.',
      du: 'Lag der Fehler bei euch, sag es klar: „Das war unser Fehler.“ Ohne „aber“ im selben Satz.',
      en: "If the mistake was yours, say so plainly: 'That was our mistake.' No 'but' in the same sentence.",
    },
    {
      Sie: 'Nennen Sie den nächsten Schritt mit Zeitpunkt. Details (Bestellnummer, Adresse) holen Sie per Direktnachricht oder E-Mail.',
      du: 'Nenne den nächsten Schritt mit Zeitpunkt. Details (Bestellnummer, Adresse) holst du per Direktnachricht oder E-Mail.',
      en: 'Give the next step and when it happens. Collect details (order number, address) by direct message or e-mail.',
    },
    {
      Sie: 'Setzen Sie eine Wiedervorlage. Ist es gelöst, schreiben Sie ein kurzes öffentliches Update unter den Kommentar.',
      du: 'Setz eine Wiedervorlage. Ist es gelöst, schreib ein kurzes öffentliches Update unter den Kommentar.',
      en: "Set a follow-up. Once it's solved, post a short public update under the comment.",
    },
    {
      Sie: 'Hat die Kritik etwas verändert, sagen Sie es der Person: „Sie hatten recht mit …, wir haben … geändert.“',
      du: 'Hat die Kritik etwas verändert, sag es der Person: „Du hattest recht mit …, wir haben … geändert.“',
      en: "If the criticism changed something, tell them: 'You said …, we changed …'",
    },
  ],
  dont: [
    de(
      'Nicht öffentlich darüber streiten, wer recht hat – Fakten einmal sachlich nennen, dann in die Direktnachricht wechseln.',
      "Don't argue in public about who's right — state the facts once, calmly, then move to a direct message.",
    ),
    de(
      'Keine Rechtfertigungen wie „Das ist nicht unsere Schuld“, „wie bereits erwähnt“ oder „laut unseren AGB“.',
      "No excuses like 'not our fault', 'as already mentioned' or 'per our policy'.",
    ),
    de(
      'Kritik nicht löschen oder verbergen: Es wirkt wie Vertuschung, Screenshots gibt es trotzdem (Streisand-Effekt), und das Vertrauen ist weg. Löschen ist die dokumentierte Ausnahme.',
      "Don't delete or hide criticism: it looks like a cover-up, screenshots exist anyway (Streisand effect) and trust is gone. Deleting is the audited exception.",
    ),
    {
      Sie: 'Nicht dieselbe Standardantwort unter viele Kommentare kopieren – schreiben Sie mindestens einen Satz zum konkreten Fall.',
      du: 'Nicht dieselbe Standardantwort unter viele Kommentare kopieren – schreib mindestens einen Satz zum konkreten Fall.',
      en: "Don't paste the same stock reply under many comments — add at least one sentence about their case.",
    },
  ],
  templates: [
    {
      id: 'complaint.sorry-dm',
      title: { de: 'Entschuldigung + Direktnachricht', en: 'Apology + direct message' },
      body: {
        Sie: 'Hallo {{authorName}}, danke, dass Sie uns das schreiben – das ist ärgerlich, und es tut uns leid. Wir möchten das schnell klären: Schicken Sie uns bitte eine Direktnachricht mit Ihrer Bestellnummer, dann kümmere ich mich heute noch darum. Viele Grüße, {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, danke, dass du uns das schreibst – das ist ärgerlich, und es tut uns leid. Wir wollen das schnell klären: Schick uns bitte eine Direktnachricht mit deiner Bestellnummer, dann kümmere ich mich heute noch darum. Liebe Grüße, {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, thanks for letting us know — that's annoying, and we're sorry. We want to sort this out quickly: please send us a direct message with your order number and I'll take care of it today. Best, {{agentName}} from {{brand}}",
      },
    },
    {
      id: 'complaint.our-mistake',
      title: { de: 'Fehler eingestehen', en: 'Admit the mistake' },
      body: {
        Sie: 'Hallo {{authorName}}, Sie haben recht, das war unser Fehler – das tut uns leid. [Was schiefging, in einem Satz.] Wir haben [was wir tun oder geändert haben]. Danke, dass Sie es angesprochen haben. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, du hast recht, das war unser Fehler – das tut uns leid. [Was schiefging, in einem Satz.] Wir haben [was wir tun oder geändert haben]. Danke, dass du es angesprochen hast. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, you're right, that was our mistake — we're sorry. [What went wrong, in one sentence.] We have [what we're doing or changed]. Thanks for raising it. {{agentName}} from {{brand}}",
      },
    },
    {
      id: 'complaint.you-said-we-changed',
      title: { de: 'Nachfassen: Hinweis umgesetzt', en: 'Follow-up: you said, we changed' },
      body: {
        Sie: 'Hallo {{authorName}}, ein kurzes Update zu Ihrem Hinweis: Sie hatten geschrieben, dass [Problem]. Das haben wir jetzt geändert: [Änderung]. Danke, dass Sie sich die Mühe gemacht haben – genau solche Rückmeldungen helfen uns. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, ein kurzes Update zu deinem Hinweis: Du hattest geschrieben, dass [Problem]. Das haben wir jetzt geändert: [Änderung]. Danke, dass du dir die Mühe gemacht hast – genau solche Rückmeldungen helfen uns. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, a quick update on your comment: you told us [problem]. We've changed it: [change]. Thanks for taking the time — feedback like yours really helps. {{agentName}} from {{brand}}",
      },
    },
  ],
};

const praise: PlaybookSource = {
  title: { de: 'Lob', en: 'Praise' },
  doNow: [
    {
      Sie: 'Bedanken Sie sich persönlich und konkret – greifen Sie auf, was gelobt wurde.',
      du: 'Bedank dich persönlich und konkret – greif auf, was gelobt wurde.',
      en: 'Say thanks personally and specifically — pick up what they praised.',
    },
    {
      Sie: 'Geben Sie das Lob ans Team weiter und sagen Sie das auch („Das richte ich dem Team in der Filiale aus“).',
      du: 'Gib das Lob ans Team weiter und sag das auch („Das richte ich dem Team in der Filiale aus“).',
      en: "Pass the praise on to the team and say so ('I'll tell the team at the shop').",
    },
    de('Kurz halten: zwei Sätze reichen.', 'Keep it short: two sentences are enough.'),
    {
      Sie: 'Möchten Sie den Kommentar anderswo zeigen, fragen Sie vorher um Erlaubnis.',
      du: 'Möchtest du den Kommentar anderswo zeigen, frag vorher um Erlaubnis.',
      en: 'If you want to quote the comment elsewhere, ask first.',
    },
  ],
  dont: [
    de(
      'Nicht überall dasselbe „Danke! 😊“ – wiederholte Standardantworten wirken automatisiert.',
      "Don't post the same 'Thanks! 😊' everywhere — repeated stock replies look automated.",
    ),
    de('Kein Verkaufsgespräch anhängen („Schon unser neues Angebot gesehen?“).', "Don't tack on a sales pitch ('Seen our new offer?')."),
    de(
      'Versteckte Kritik im Lob nicht übergehen („Toller Service, nur die Lieferung dauerte ewig“) – den Punkt ansprechen.',
      "Don't skip the criticism tucked into praise ('great service, but delivery took forever') — address it.",
    ),
  ],
  templates: [
    {
      id: 'praise.thanks-specific',
      title: { de: 'Konkreter Dank', en: 'Specific thanks' },
      body: {
        Sie: 'Vielen Dank, {{authorName}}! Schön, dass Ihnen [was gelobt wurde] gefallen hat – das richte ich dem Team direkt aus. Viele Grüße, {{agentName}} von {{brand}}',
        du: 'Vielen Dank, {{authorName}}! Schön, dass dir [was gelobt wurde] gefallen hat – das richte ich dem Team direkt aus. Liebe Grüße, {{agentName}} von {{brand}}',
        en: "Thank you, {{authorName}}! Glad you liked [what they praised] — I'll tell the team right away. Best, {{agentName}} from {{brand}}",
      },
    },
    {
      id: 'praise.short',
      title: { de: 'Kurzer Dank', en: 'Short thanks' },
      body: {
        Sie: 'Danke für das schöne Feedback, {{authorName}}! Das freut uns sehr. {{agentName}} von {{brand}}',
        du: 'Danke für das schöne Feedback, {{authorName}}! Das freut uns riesig. {{agentName}} von {{brand}}',
        en: 'Thanks for the kind words, {{authorName}}! That made our day. {{agentName}} from {{brand}}',
      },
    },
    {
      id: 'praise.mixed',
      title: { de: 'Lob mit Kritikpunkt', en: 'Praise with a catch' },
      body: {
        Sie: 'Danke, {{authorName}}, das freut uns! Und danke für den Hinweis zu [Kritikpunkt] – da haben Sie recht. Daran arbeiten wir gerade: [was passiert]. {{agentName}} von {{brand}}',
        du: 'Danke, {{authorName}}, das freut uns! Und danke für den Hinweis zu [Kritikpunkt] – da hast du recht. Daran arbeiten wir gerade: [was passiert]. {{agentName}} von {{brand}}',
        en: "Thanks, {{authorName}}, glad to hear it! And thanks for the note about [criticism] — you're right. We're working on it: [what's happening]. {{agentName}} from {{brand}}",
      },
    },
  ],
};

const other: PlaybookSource = {
  title: { de: 'Sonstiges', en: 'Other' },
  doNow: [
    {
      Sie: 'Lesen Sie den ganzen Thread: Oft ist der Kommentar eine Antwort an jemand anderen oder eine versteckte Frage.',
      du: 'Lies den ganzen Thread: Oft ist der Kommentar eine Antwort an jemand anderen oder eine versteckte Frage.',
      en: "Read the whole thread: the comment is often a reply to someone else or a question in disguise.",
    },
    {
      Sie: 'Ist es doch Kritik oder eine Frage, ändern Sie das Label und folgen Sie dem passenden Playbook.',
      du: 'Ist es doch Kritik oder eine Frage, ändere das Label und folge dem passenden Playbook.',
      en: "If it's really criticism or a question, change the label and follow that playbook.",
    },
    {
      Sie: 'Reagieren Sie, wenn es dem Gespräch hilft (Like, ein kurzer Satz) – nicht jeder Kommentar braucht eine Antwort.',
      du: 'Reagiere, wenn es dem Gespräch hilft (Like, ein kurzer Satz) – nicht jeder Kommentar braucht eine Antwort.',
      en: 'React when it helps the conversation (a like, one sentence) — not every comment needs a reply.',
    },
    {
      Sie: 'Halten Sie den Kanal lebendig: Auf Humor darf Humor folgen, wenn er zur Marke passt.',
      du: 'Halte den Kanal lebendig: Auf Humor darf Humor folgen, wenn er zur Marke passt.',
      en: 'Keep the channel alive: answer humour with humour when it fits the brand.',
    },
  ],
  dont: [
    de('Nichts verbergen oder löschen, nur weil es nicht zum Thema passt.', "Don't hide or delete comments just because they're off-topic."),
    de('Keine Witze auf Kosten der Person.', "No jokes at the person's expense."),
    de(
      'Nicht in Streit zwischen Nutzer:innen einsteigen – außer um Fakten richtigzustellen oder die Hausregeln zu nennen.',
      "Don't join arguments between users — except to set facts straight or state the house rules.",
    ),
  ],
  templates: [
    {
      id: 'other.reaction',
      title: { de: 'Kurze Reaktion', en: 'Short reaction' },
      body: {
        Sie: 'Danke für Ihren Kommentar, {{authorName}}! [Ein Satz, der auf den Inhalt eingeht.] {{agentName}} von {{brand}}',
        du: 'Danke für deinen Kommentar, {{authorName}}! [Ein Satz, der auf den Inhalt eingeht.] {{agentName}} von {{brand}}',
        en: 'Thanks for your comment, {{authorName}}! [One sentence about what they said.] {{agentName}} from {{brand}}',
      },
    },
    {
      id: 'other.clarify',
      title: { de: 'Nachfragen', en: 'Ask what they mean' },
      body: {
        Sie: 'Hallo {{authorName}}, wie meinen Sie das genau? Wenn Sie eine Frage zu [Thema] haben, helfe ich gern weiter. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, wie meinst du das genau? Wenn du eine Frage zu [Thema] hast, helfe ich gern weiter. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, what do you mean exactly? If you have a question about [topic], I'm happy to help. {{agentName}} from {{brand}}",
      },
    },
  ],
};

const urgent: PlaybookSource = {
  title: { de: 'Dringend: Recht, Sicherheit, Presse', en: 'Urgent: legal, safety, press' },
  doNow: [
    {
      Sie: 'Informieren Sie sofort Ihre Teamleitung (Anwalt/Abmahnung angedroht, Gesundheits- oder Sicherheitsrisiko, Presseanfrage) und notieren Sie, wen Sie wann informiert haben.',
      du: 'Informiere sofort deine Teamleitung (Anwalt/Abmahnung angedroht, Gesundheits- oder Sicherheitsrisiko, Presseanfrage) und notiere, wen du wann informiert hast.',
      en: 'Tell your lead now (lawyer or legal action threatened, health or safety risk, press inquiry) and note whom you told and when.',
    },
    {
      Sie: 'Sichern Sie einen Screenshot des Kommentars mit Datum, bevor er bearbeitet oder gelöscht wird.',
      du: 'Sichere einen Screenshot des Kommentars mit Datum, bevor er bearbeitet oder gelöscht wird.',
      en: 'Save a screenshot of the comment with its date before it gets edited or deleted.',
    },
    {
      Sie: 'Antworten Sie öffentlich nur kurz und sachlich: Eingang bestätigen, ernst nehmen, Kontakt per Direktnachricht oder E-Mail anbieten.',
      du: 'Antworte öffentlich nur kurz und sachlich: Eingang bestätigen, ernst nehmen, Kontakt per Direktnachricht oder E-Mail anbieten.',
      en: 'Reply in public only briefly and factually: confirm you got it, take it seriously, offer contact by direct message or e-mail.',
    },
    {
      Sie: 'Geht es um Gesundheit oder Sicherheit, nennen Sie sofort den sicheren nächsten Schritt (z. B. „Bitte das Produkt vorerst nicht benutzen“).',
      du: 'Geht es um Gesundheit oder Sicherheit, nenne sofort den sicheren nächsten Schritt (z. B. „Bitte das Produkt vorerst nicht benutzen“).',
      en: "If health or safety is involved, give the safe next step right away (e.g. 'Please stop using the product for now').",
    },
    {
      Sie: 'Setzen Sie eine Wiedervorlage für heute.',
      du: 'Setz eine Wiedervorlage für heute.',
      en: 'Set a follow-up for today.',
    },
  ],
  dont: [
    de(
      'Keine Haftungs- oder Schuldaussagen, keine Zusagen zu Erstattung oder Schadensersatz und keine Rechtsauskunft, bevor die Leitung zugestimmt hat.',
      'No statements about liability, no promises of refunds or compensation and no legal statements before your lead has approved them.',
    ),
    de('Nicht zurückdrohen („Wir behalten uns rechtliche Schritte vor“).', "Don't threaten back ('we reserve the right to take legal action')."),
    de(
      'Den Kommentar nicht löschen – er kann Beweismittel sein, und Löschen heizt die Lage öffentlich an.',
      "Don't delete the comment — it may be evidence, and deleting escalates things in public.",
    ),
    de('Keine Details öffentlich besprechen.', "Don't discuss details in public."),
  ],
  templates: [
    {
      id: 'urgent.acknowledge',
      title: { de: 'Eingang bestätigen, Leitung übernimmt', en: 'Acknowledge, lead takes over' },
      body: {
        Sie: 'Hallo {{authorName}}, danke für Ihre Nachricht – wir nehmen das ernst. Damit wir es sorgfältig klären können, schreiben Sie uns bitte per Direktnachricht oder an [E-Mail-Adresse]. Unsere Teamleitung meldet sich heute noch bei Ihnen. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, danke für deine Nachricht – wir nehmen das ernst. Damit wir es sorgfältig klären können, schreib uns bitte per Direktnachricht oder an [E-Mail-Adresse]. Unsere Teamleitung meldet sich heute noch bei dir. {{agentName}} von {{brand}}',
        en: 'Hi {{authorName}}, thank you for your message — we take this seriously. So we can look at it properly, please send us a direct message or write to [e-mail address]. Our team lead will get in touch with you today. {{agentName}} from {{brand}}',
      },
    },
    {
      id: 'urgent.safety',
      title: { de: 'Sicherheitsrisiko', en: 'Safety risk' },
      body: {
        Sie: 'Hallo {{authorName}}, danke, dass Sie uns sofort Bescheid geben. Bitte benutzen Sie [Produkt] vorerst nicht weiter. Wir möchten das genau verstehen: Schreiben Sie uns bitte per Direktnachricht, wie wir Sie erreichen können. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, danke, dass du uns sofort Bescheid gibst. Bitte benutze [Produkt] vorerst nicht weiter. Wir wollen das genau verstehen: Schreib uns bitte per Direktnachricht, wie wir dich erreichen können. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, thank you for telling us right away. Please don't use [product] for now. We want to understand exactly what happened: please send us a direct message with the best way to reach you. {{agentName}} from {{brand}}",
      },
    },
  ],
};

const churnRisk: PlaybookSource = {
  title: { de: 'Kündigungsgefahr', en: 'Churn risk' },
  doNow: [
    {
      Sie: 'Nehmen Sie das „Ich kündige“ ernst und antworten Sie persönlich, nicht mit einer Standardformel.',
      du: 'Nimm das „Ich kündige“ ernst und antworte persönlich, nicht mit einer Standardformel.',
      en: "Take the 'I'm leaving' seriously and reply personally, not with a stock phrase.",
    },
    {
      Sie: 'Ist der Grund unklar, fragen Sie nach – und hören Sie zu.',
      du: 'Ist der Grund unklar, frag nach – und hör zu.',
      en: "If the reason isn't clear, ask — and listen.",
    },
    {
      Sie: 'Bieten Sie eine konkrete Lösung oder ein Gespräch per Direktnachricht oder Telefon an. Kulanz klären Sie vorher mit der Leitung.',
      du: 'Biete eine konkrete Lösung oder ein Gespräch per Direktnachricht oder Telefon an. Kulanz klärst du vorher mit der Leitung.',
      en: 'Offer a concrete fix or a call or direct message. Clear any goodwill gesture with your lead first.',
    },
    {
      Sie: 'Will die Person trotzdem gehen: Machen Sie die Kündigung leicht und bedanken Sie sich – wer fair verabschiedet wird, kommt eher zurück.',
      du: 'Will die Person trotzdem gehen: Mach die Kündigung leicht und bedank dich – wer fair verabschiedet wird, kommt eher zurück.',
      en: 'If they still want to leave, make cancelling easy and thank them — people who leave on good terms come back.',
    },
    {
      Sie: 'Setzen Sie eine Wiedervorlage, um nachzufragen, ob die Lösung funktioniert hat.',
      du: 'Setz eine Wiedervorlage, um nachzufragen, ob die Lösung funktioniert hat.',
      en: 'Set a follow-up to ask whether the fix worked.',
    },
  ],
  dont: [
    de('Kein öffentlicher Rabatt-Reflex – das lädt alle zum Kündigen-Drohen ein.', 'No discount reflex in public — it invites everyone to threaten to leave.'),
    {
      Sie: 'Kein schlechtes Gewissen machen („Schade, dass Sie nach fünf Jahren einfach gehen“).',
      du: 'Kein schlechtes Gewissen machen („Schade, dass du nach fünf Jahren einfach gehst“).',
      en: "Don't guilt-trip ('a shame you'd just leave after five years').",
    },
    de('Die Kündigung nicht erschweren oder auf Umwege schicken.', "Don't make cancelling harder or send them in circles."),
  ],
  templates: [
    {
      id: 'churn_risk.before-you-go',
      title: { de: 'Bevor Sie gehen', en: 'Before you go' },
      body: {
        Sie: 'Hallo {{authorName}}, das verstehen wir – und es tut uns leid, dass es so weit gekommen ist. Bevor Sie gehen: Dürfen wir uns das per Direktnachricht genauer ansehen? Vielleicht finden wir eine Lösung, die für Sie passt. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, das verstehen wir – und es tut uns leid, dass es so weit gekommen ist. Bevor du gehst: Dürfen wir uns das per Direktnachricht genauer ansehen? Vielleicht finden wir eine Lösung, die für dich passt. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, we understand — and we're sorry it got this far. Before you go: may we take a closer look with you by direct message? We may well find a fix that works for you. {{agentName}} from {{brand}}",
      },
    },
    {
      id: 'churn_risk.goodbye',
      title: { de: 'Fair verabschieden', en: 'Part on good terms' },
      body: {
        Sie: 'Hallo {{authorName}}, schade – aber wir respektieren Ihre Entscheidung. Kündigen können Sie jederzeit hier: [Link]. Danke, dass Sie bei uns waren, und danke für die offenen Worte; wir nehmen sie mit. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, schade – aber wir respektieren deine Entscheidung. Kündigen kannst du jederzeit hier: [Link]. Danke, dass du bei uns warst, und danke für die offenen Worte; wir nehmen sie mit. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, sorry to see you go — but we respect your decision. You can cancel any time here: [link]. Thanks for being with us, and thanks for the honest words; we'll take them to heart. {{agentName}} from {{brand}}",
      },
    },
  ],
};

const personalData: PlaybookSource = {
  title: { de: 'Persönliche Daten im Kommentar', en: 'Personal data in the comment' },
  doNow: [
    {
      Sie: 'Wiederholen Sie keine Daten aus dem Kommentar (E-Mail, Telefon, Adresse, IBAN, Bestell- oder Kundennummer) in Ihrer Antwort.',
      du: 'Wiederhole keine Daten aus dem Kommentar (E-Mail, Telefon, Adresse, IBAN, Bestell- oder Kundennummer) in deiner Antwort.',
      en: 'Never repeat data from the comment (e-mail, phone, address, IBAN, order or customer number) in your reply.',
    },
    {
      Sie: 'Bitten Sie öffentlich um Kontakt per Direktnachricht oder E-Mail und sagen Sie freundlich, dass der Kommentar für alle sichtbar ist.',
      du: 'Bitte öffentlich um Kontakt per Direktnachricht oder E-Mail und sag freundlich, dass der Kommentar für alle sichtbar ist.',
      en: 'Ask publicly for contact by direct message or e-mail and kindly point out that the comment is visible to everyone.',
    },
    {
      Sie: 'Blenden Sie den Kommentar nur nach Ihrer Datenschutz-Richtlinie aus (z. B. Bank- oder Gesundheitsdaten) und sagen Sie öffentlich, warum – die Kritik selbst darf nicht verschwinden.',
      du: 'Blende den Kommentar nur nach eurer Datenschutz-Richtlinie aus (z. B. Bank- oder Gesundheitsdaten) und sag öffentlich, warum – die Kritik selbst darf nicht verschwinden.',
      en: 'Hide the comment only as your privacy policy says (e.g. bank or health data) and say publicly why — the criticism itself must not disappear.',
    },
    {
      Sie: 'Bearbeiten Sie den Fall im privaten Kanal weiter und setzen Sie eine Wiedervorlage.',
      du: 'Bearbeite den Fall im privaten Kanal weiter und setz eine Wiedervorlage.',
      en: 'Carry on in the private channel and set a follow-up.',
    },
  ],
  dont: [
    {
      Sie: 'Nicht im Kommentar nach Daten fragen („Wie lautet Ihre Bestellnummer?“).',
      du: 'Nicht im Kommentar nach Daten fragen („Wie lautet deine Bestellnummer?“).',
      en: "Don't ask for data in the comments ('What's your order number?').",
    },
    de(
      'Den Kommentar nicht kommentarlos löschen – das wirkt, als würde Kritik zensiert.',
      "Don't delete the comment without a word — it looks like censoring the criticism.",
    ),
    {
      Sie: 'Keine Daten aus dem Kundensystem öffentlich bestätigen („Ihre Bestellung vom 3. Mai …“).',
      du: 'Keine Daten aus dem Kundensystem öffentlich bestätigen („Deine Bestellung vom 3. Mai …“).',
      en: "Don't confirm customer-system data in public ('your order from 3 May …').",
    },
  ],
  templates: [
    {
      id: 'personal_data.move-to-dm',
      title: { de: 'In die Direktnachricht holen', en: 'Move to direct message' },
      body: {
        Sie: 'Hallo {{authorName}}, danke für Ihre Nachricht! Zu Ihrem Schutz: Dieser Kommentar ist für alle sichtbar. Bitte schicken Sie uns die Details per Direktnachricht, dort klären wir alles Weitere. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, danke für deine Nachricht! Zu deinem Schutz: Dieser Kommentar ist für alle sichtbar. Schick uns die Details bitte per Direktnachricht, dort klären wir alles Weitere. {{agentName}} von {{brand}}',
        en: 'Hi {{authorName}}, thanks for your message! To protect your privacy: this comment is visible to everyone. Please send us the details by direct message and we can sort out the rest there. {{agentName}} from {{brand}}',
      },
    },
    {
      id: 'personal_data.hidden',
      title: { de: 'Ausgeblendet zum Schutz', en: 'Hidden for their protection' },
      body: {
        Sie: 'Hallo {{authorName}}, wir haben Ihren Kommentar ausgeblendet, weil er [Telefonnummer/Bankdaten] enthielt – nur zu Ihrem Schutz. Ihr Anliegen ist uns wichtig: Wir haben Ihnen eine Direktnachricht geschrieben. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, wir haben deinen Kommentar ausgeblendet, weil er [Telefonnummer/Bankdaten] enthielt – nur zu deinem Schutz. Dein Anliegen ist uns wichtig: Wir haben dir eine Direktnachricht geschrieben. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, we've hidden your comment because it contained [phone number/bank details] — only to protect you. Your concern matters to us: we've sent you a direct message. {{agentName}} from {{brand}}",
      },
    },
  ],
};

const abuse: PlaybookSource = {
  title: { de: 'Beleidigung / Hassrede', en: 'Abuse / hate' },
  doNow: [
    {
      Sie: 'Trennen Sie Kritik von Beleidigung: Steckt ein sachlicher Punkt drin, beantworten Sie nur diesen.',
      du: 'Trenn Kritik von Beleidigung: Steckt ein sachlicher Punkt drin, beantworte nur diesen.',
      en: "Separate criticism from insult: if there's a factual point, answer only that.",
    },
    {
      Sie: 'Nennen Sie die Hausregeln einmal – ruhig, ohne Ironie, mit Link.',
      du: 'Nenn die Hausregeln einmal – ruhig, ohne Ironie, mit Link.',
      en: 'State the house rules once — calmly, without irony, with a link.',
    },
    {
      Sie: 'Verbergen oder melden Sie nur, was die Hausregeln klar verletzt (Beleidigung, Drohung, Hetze), und vermerken Sie den Grund.',
      du: 'Verbirg oder melde nur, was die Hausregeln klar verletzt (Beleidigung, Drohung, Hetze), und vermerke den Grund.',
      en: 'Hide or report only what clearly breaks the house rules (insults, threats, hate) and record the reason.',
    },
    {
      Sie: 'Bei Drohungen gegen Menschen: Screenshot sichern und sofort die Teamleitung informieren.',
      du: 'Bei Drohungen gegen Menschen: Screenshot sichern und sofort die Teamleitung informieren.',
      en: 'For threats against people: save a screenshot and tell your lead immediately.',
    },
  ],
  dont: [
    de(
      'Nicht zurückschießen, nicht ironisch werden, nicht mehrfach antworten – das füttert den Troll.',
      "Don't hit back, don't get sarcastic, don't reply twice — it feeds the troll.",
    ),
    de(
      'Harte Kritik nicht als Beleidigung behandeln und löschen – rau formuliert ist nicht regelwidrig.',
      "Don't treat harsh criticism as abuse and delete it — rough wording doesn't break the rules.",
    ),
    de('Nichts über die Person posten (Daten, Vermutungen, Screenshots ihres Profils).', "Don't post anything about the person (data, guesses, screenshots of their profile)."),
  ],
  templates: [
    {
      id: 'abuse.house-rules',
      title: { de: 'Hausregeln einmal nennen', en: 'State the house rules once' },
      body: {
        Sie: 'Hallo {{authorName}}, Kritik ist hier ausdrücklich willkommen – Beleidigungen nicht. Unsere Hausregeln finden Sie hier: [Link]. Wenn Sie uns sagen, worum es konkret geht, helfen wir gern weiter. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, Kritik ist hier ausdrücklich willkommen – Beleidigungen nicht. Unsere Hausregeln findest du hier: [Link]. Wenn du uns sagst, worum es konkret geht, helfen wir gern weiter. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, criticism is always welcome here — insults aren't. Our house rules: [link]. If you tell us what exactly went wrong, we're glad to help. {{agentName}} from {{brand}}",
      },
    },
    {
      id: 'abuse.answer-the-point',
      title: { de: 'Nur den sachlichen Punkt beantworten', en: 'Answer only the factual point' },
      body: {
        Sie: 'Hallo {{authorName}}, zu Ihrem Punkt [sachlicher Kritikpunkt]: [kurze, sachliche Antwort]. Für alles Weitere sind wir per Direktnachricht für Sie da. {{agentName}} von {{brand}}',
        du: 'Hi {{authorName}}, zu deinem Punkt [sachlicher Kritikpunkt]: [kurze, sachliche Antwort]. Für alles Weitere sind wir per Direktnachricht für dich da. {{agentName}} von {{brand}}',
        en: "Hi {{authorName}}, on your point about [factual criticism]: [short factual answer]. For anything else, we're here for you by direct message. {{agentName}} from {{brand}}",
      },
    },
    {
      id: 'abuse.hidden-note',
      title: { de: 'Hinweis nach dem Ausblenden', en: 'Note after hiding' },
      body: de(
        'Wir haben einen Kommentar ausgeblendet, weil er gegen unsere Hausregeln verstieß (Beleidigung). Kritik bleibt hier stehen – Beleidigungen nicht. Hausregeln: [Link]. {{agentName}} von {{brand}}',
        "We've hidden a comment because it broke our house rules (insults). Criticism stays up here — insults don't. House rules: [link]. {{agentName}} from {{brand}}",
      ),
    },
  ],
};

const spam: PlaybookSource = {
  title: { de: 'Spam / Betrug', en: 'Spam / scam' },
  doNow: [
    {
      Sie: 'Prüfen Sie kurz, ob es wirklich Spam ist (Werbelink, Fake-Gewinnspiel, falscher Support) – und nicht Kritik, die zufällig einen Link enthält.',
      du: 'Prüf kurz, ob es wirklich Spam ist (Werbelink, Fake-Gewinnspiel, falscher Support) – und nicht Kritik, die zufällig einen Link enthält.',
      en: "Check it really is spam (promo link, fake giveaway, fake support) and not criticism that happens to contain a link.",
    },
    {
      Sie: 'Verbergen oder melden Sie Spam nach Ihrer Richtlinie; antworten Sie nicht darauf.',
      du: 'Verbirg oder melde Spam nach eurer Richtlinie; antworte nicht darauf.',
      en: "Hide or report spam per your policy; don't reply to it.",
    },
    {
      Sie: 'Gibt sich jemand als Ihr Support aus, warnen Sie öffentlich darunter, damit niemand Daten preisgibt.',
      du: 'Gibt sich jemand als euer Support aus, warne öffentlich darunter, damit niemand Daten preisgibt.',
      en: 'If someone poses as your support, post a public warning underneath so nobody hands over data.',
    },
  ],
  dont: [
    de('Keine Links in Spam-Kommentaren anklicken.', "Don't click links in spam comments."),
    de(
      'Kritik nicht als Spam markieren, um sie loszuwerden – das ist Löschen durch die Hintertür.',
      "Don't mark criticism as spam to get rid of it — that's deleting through the back door.",
    ),
    de('Nicht mit Spam-Accounts diskutieren.', "Don't argue with spam accounts."),
  ],
  templates: [
    {
      id: 'spam.fake-support-warning',
      title: { de: 'Warnung vor falschem Support', en: 'Fake support warning' },
      body: {
        Sie: 'Achtung: Dieser Kommentar stammt nicht von {{brand}}. Wir fragen nie per Kommentar oder über fremde Profile nach Passwörtern, Kartendaten oder Codes. Bei Fragen schreiben Sie uns direkt über unser offizielles Profil. {{agentName}} von {{brand}}',
        du: 'Achtung: Dieser Kommentar stammt nicht von {{brand}}. Wir fragen nie per Kommentar oder über fremde Profile nach Passwörtern, Kartendaten oder Codes. Bei Fragen schreib uns direkt über unser offizielles Profil. {{agentName}} von {{brand}}',
        en: 'Heads-up: this comment is not from {{brand}}. We never ask for passwords, card details or codes in comments or from other profiles. If you have questions, message us directly via our official profile. {{agentName}} from {{brand}}',
      },
    },
    {
      id: 'spam.giveaway-scam',
      title: { de: 'Warnung vor Fake-Gewinnspiel', en: 'Fake giveaway warning' },
      body: {
        Sie: 'Vorsicht: Dieses Gewinnspiel ist nicht von uns. Echte Aktionen von {{brand}} finden Sie nur auf diesem Profil und auf [Website]. Bitte geben Sie dort keine Daten ein. {{agentName}}',
        du: 'Vorsicht: Dieses Gewinnspiel ist nicht von uns. Echte Aktionen von {{brand}} findest du nur auf diesem Profil und auf [Website]. Bitte gib dort keine Daten ein. {{agentName}}',
        en: "Careful: this giveaway isn't ours. Real {{brand}} promotions are only on this profile and [website]. Please don't enter any data there. {{agentName}}",
      },
    },
  ],
};

export const PLAYBOOK_SOURCES: Readonly<Record<PlaybookKey, PlaybookSource>> = {
  question,
  complaint,
  praise,
  other,
  urgent,
  churn_risk: churnRisk,
  personal_data: personalData,
  abuse,
  spam,
};
