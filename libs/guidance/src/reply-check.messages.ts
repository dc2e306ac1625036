/**
 * Messages of the reply check, in German (addressing the agent with Sie or du, like the
 * workspace addresses its customers) and English. Every message says what to do instead.
 */
import type { Address, Locale } from './guidance.types.js';

export type MessageVariant = 'Sie' | 'du' | 'en';
type Texts = Record<MessageVariant, string>;

export function messageVariant(locale: Locale, address: Address): MessageVariant {
  return locale === 'en' ? 'en' : address;
}

export type DefensiveCategory =
  | 'blame_reader'
  | 'repeat_reproach'
  | 'hindsight'
  | 'deny_fault'
  | 'contradict'
  | 'policy'
  | 'tone_policing'
  | 'dismiss';

export function defensiveMessage(category: DefensiveCategory, phrase: string): Texts {
  const p = phrase;
  switch (category) {
    case 'blame_reader':
      return {
        Sie: `Ersetzen Sie „${p}“ – das gibt der Person die Schuld am Missverständnis. Nehmen Sie es auf Ihre Kappe: „Vielleicht haben wir das unklar erklärt – so funktioniert es: …“`,
        du: `Ersetze „${p}“ – das gibt der Person die Schuld am Missverständnis. Nimm es auf deine Kappe: „Vielleicht haben wir das unklar erklärt – so funktioniert es: …“`,
        en: `Replace "${p}" — it tells them they got it wrong. Take the misunderstanding on you: "Maybe we explained that badly — here's how it works: …"`,
      };
    case 'repeat_reproach':
      return {
        Sie: `Streichen Sie „${p}“ – das klingt nach Vorwurf. Wiederholen Sie die Antwort einfach freundlich.`,
        du: `Streich „${p}“ – das klingt nach Vorwurf. Wiederhole die Antwort einfach freundlich.`,
        en: `Replace "${p}" — it sounds like a reproach; restate the answer instead.`,
      };
    case 'hindsight':
      return {
        Sie: `Ersetzen Sie „${p}“ – Ratschläge im Nachhinein klingen nach Schuldzuweisung. Sagen Sie, was die Person jetzt tun kann.`,
        du: `Ersetze „${p}“ – Ratschläge im Nachhinein klingen nach Schuldzuweisung. Sag, was die Person jetzt tun kann.`,
        en: `Replace "${p}" — hindsight advice sounds like blame. Say what they can do now.`,
      };
    case 'deny_fault':
      return {
        Sie: `Streichen Sie „${p}“ – öffentlich Schuld abzuweisen wirkt wie eine Ausrede. Erkennen Sie das Problem an und sagen Sie, was Sie jetzt tun.`,
        du: `Streich „${p}“ – öffentlich Schuld abzuweisen wirkt wie eine Ausrede. Erkenne das Problem an und sag, was du jetzt tust.`,
        en: `Drop "${p}" — denying fault in public reads as an excuse. Acknowledge the problem and say what you're doing about it.`,
      };
    case 'contradict':
      return {
        Sie: `Ersetzen Sie „${p}“ – direkter Widerspruch startet eine Diskussion. Nennen Sie die Fakten neutral: „Zur Einordnung: …“`,
        du: `Ersetze „${p}“ – direkter Widerspruch startet eine Diskussion. Nenne die Fakten neutral: „Zur Einordnung: …“`,
        en: `Replace "${p}" — flat contradiction starts an argument. Give the facts neutrally: "Here's what happened: …"`,
      };
    case 'policy':
      return {
        Sie: `Ersetzen Sie „${p}“ – der Verweis auf Regeln wirkt abweisend. Erklären Sie den Grund in einfachen Worten und sagen Sie, was Sie tun können.`,
        du: `Ersetze „${p}“ – der Verweis auf Regeln wirkt abweisend. Erkläre den Grund in einfachen Worten und sag, was du tun kannst.`,
        en: `Replace "${p}" — hiding behind policy sounds dismissive. Explain the reason in plain words and say what you can do.`,
      };
    case 'tone_policing':
      return {
        Sie: `Streichen Sie „${p}“ – wer anderen sagt, wie sie sich fühlen sollen, heizt die Lage an. Erkennen Sie den Ärger lieber an.`,
        du: `Streich „${p}“ – wer anderen sagt, wie sie sich fühlen sollen, heizt die Lage an. Erkenne den Ärger lieber an.`,
        en: `Remove "${p}" — telling someone how to feel escalates. Acknowledge the frustration instead.`,
      };
    case 'dismiss':
      return {
        Sie: `Ersetzen Sie „${p}“ – das wimmelt die Person ab. Sagen Sie, was Sie tun können, auch wenn es wenig ist.`,
        du: `Ersetze „${p}“ – das wimmelt die Person ab. Sag, was du tun kannst, auch wenn es wenig ist.`,
        en: `Replace "${p}" — it brushes them off. Say what you can do, even if it's small.`,
      };
  }
}

export function missingAcknowledgementMessage(): Texts {
  return {
    Sie: 'Auf eine Beschwerde fehlt hier Dank oder Verständnis. Beginnen Sie damit, z. B. „Danke für Ihren Hinweis – das ist ärgerlich, tut uns leid.“',
    du: 'Auf eine Beschwerde fehlt hier Dank oder Verständnis. Fang damit an, z. B. „Danke für deinen Hinweis – das ist ärgerlich, tut uns leid.“',
    en: `This answers a complaint without thanks or acknowledgement. Start with it, e.g. "Thanks for telling us — that's annoying, sorry."`,
  };
}

export function wrongAddressMessage(word: string, expected: 'Sie' | 'du', suggestion: string | null): Texts {
  if (expected === 'Sie') {
    return {
      Sie: `„${word}“ ist eine Du-Form – in diesem Workspace siezen Sie Ihre Kundschaft. ${suggestion ? `Schreiben Sie „${suggestion}“.` : 'Formulieren Sie den Satz mit „Sie“.'}`,
      du: `„${word}“ ist eine Du-Form – in diesem Workspace wird gesiezt. ${suggestion ? `Schreib „${suggestion}“.` : 'Formuliere den Satz mit „Sie“.'}`,
      en: `"${word}" is an informal German form, but this workspace uses "Sie".${suggestion ? ` Use "${suggestion}".` : ''}`,
    };
  }
  return {
    Sie: `„${word}“ ist eine Sie-Form – in diesem Workspace wird geduzt. ${suggestion ? `Schreiben Sie „${suggestion}“.` : 'Formulieren Sie den Satz mit „du“.'}`,
    du: `„${word}“ ist eine Sie-Form – in diesem Workspace duzt ihr eure Community. ${suggestion ? `Schreib „${suggestion}“.` : 'Formuliere den Satz mit „du“.'}`,
    en: `"${word}" is a formal German form, but this workspace uses "du".${suggestion ? ` Use "${suggestion}".` : ''}`,
  };
}

export type UnchangedKind = 'equals_template' | 'placeholder' | 'filler';

export function unchangedTemplateMessage(kind: UnchangedKind, text: string): Texts {
  switch (kind) {
    case 'equals_template':
      return {
        Sie: `Das ist noch wörtlich die Vorlage „${text}“. Ergänzen Sie mindestens einen Satz zum konkreten Fall.`,
        du: `Das ist noch wörtlich die Vorlage „${text}“. Ergänze mindestens einen Satz zum konkreten Fall.`,
        en: `This is still the template "${text}" word for word. Add at least one sentence about their specific case.`,
      };
    case 'placeholder':
      return {
        Sie: `Der Platzhalter ${text} steht noch im Text – füllen Sie ihn aus oder löschen Sie ihn.`,
        du: `Der Platzhalter ${text} steht noch im Text – füll ihn aus oder lösch ihn.`,
        en: `The placeholder ${text} is still in the text — fill it in or remove it.`,
      };
    case 'filler':
      return {
        Sie: `„${text}“ ist ein Lückenfüller aus der Vorlage – ersetzen Sie ihn vor dem Absenden.`,
        du: `„${text}“ ist ein Lückenfüller aus der Vorlage – ersetze ihn vor dem Absenden.`,
        en: `"${text}" is template filler — replace it with the real content before posting.`,
      };
  }
}

export function repeatedReplyMessage(count: number): Texts {
  return {
    Sie: `Genau diese Antwort hat Ihr Team heute schon ${count}-mal gepostet. Machen Sie sie persönlicher – wiederholte Standardantworten wirken automatisiert.`,
    du: `Genau diese Antwort hat euer Team heute schon ${count}-mal gepostet. Mach sie persönlicher – wiederholte Standardantworten wirken automatisiert.`,
    en: `Your team has already posted this exact reply ${count} times today. Make it personal — repeated stock replies look automated.`,
  };
}

export function shoutingMessage(kind: 'caps' | 'exclamation', text: string): Texts {
  if (kind === 'caps') {
    return {
      Sie: `„${text}“ in Großbuchstaben wirkt wie Schreien. Schreiben Sie es in normaler Schreibweise.`,
      du: `„${text}“ in Großbuchstaben wirkt wie Schreien. Schreib es in normaler Schreibweise.`,
      en: `"${text}" in capitals reads as shouting. Write it in normal case.`,
    };
  }
  return {
    Sie: `„${text}“ wirkt aufgeregt – ein Ausrufezeichen genügt.`,
    du: `„${text}“ wirkt aufgeregt – ein Ausrufezeichen genügt.`,
    en: `"${text}" sounds agitated — one exclamation mark is enough.`,
  };
}

export type PersonalDataKind = 'email' | 'phone' | 'iban' | 'order_number';
const PD_DE: Record<PersonalDataKind, string> = {
  email: 'die E-Mail-Adresse',
  phone: 'die Telefonnummer',
  iban: 'die IBAN',
  order_number: 'die Bestell-/Kundennummer',
};
const PD_EN: Record<PersonalDataKind, string> = {
  email: 'the e-mail address',
  phone: 'the phone number',
  iban: 'the IBAN',
  order_number: 'the order/customer number',
};
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `echoed`: it is in the comment too. `possiblyOwn`: a phone/e-mail that may be the team's own contact. */
export function personalDataMessage(kind: PersonalDataKind, how: 'echoed' | 'public' | 'possiblyOwn'): Texts {
  const de = PD_DE[kind];
  const en = PD_EN[kind];
  switch (how) {
    case 'echoed':
      return {
        Sie: `Wiederholen Sie ${de} aus dem Kommentar nicht öffentlich. Entfernen Sie sie und klären Sie den Rest per Direktnachricht oder E-Mail.`,
        du: `Wiederhole ${de} aus dem Kommentar nicht öffentlich. Entferne sie und klär den Rest per Direktnachricht oder E-Mail.`,
        en: `Don't repeat ${en} from the comment in public. Remove it and continue by direct message or e-mail.`,
      };
    case 'public':
      return {
        Sie: `${capitalise(de)} ist hier für alle sichtbar. Gehört sie zur Kundin oder zum Kunden, entfernen Sie sie und schreiben Sie per Direktnachricht weiter.`,
        du: `${capitalise(de)} ist hier für alle sichtbar. Gehört sie zur Kundin oder zum Kunden, entferne sie und schreib per Direktnachricht weiter.`,
        en: `${capitalise(en)} is visible to everyone here. If it belongs to the customer, remove it and continue by direct message.`,
      };
    case 'possiblyOwn':
      return {
        Sie: `Prüfen Sie, ob ${de} Ihre eigene Kontaktangabe ist und nicht die der Kundin oder des Kunden – Kundendaten gehören in die Direktnachricht.`,
        du: `Prüf, ob ${de} eure eigene Kontaktangabe ist und nicht die der Kundin oder des Kunden – Kundendaten gehören in die Direktnachricht.`,
        en: `Check that ${en} is your team's own contact, not the customer's — customer data belongs in a direct message.`,
      };
  }
}

export function promiseMessage(phrase: string): Texts {
  return {
    Sie: `„${phrase}“ verspricht eine Rückmeldung – setzen Sie eine Wiedervorlage, damit sie nicht verloren geht, und nennen Sie möglichst einen Zeitpunkt.`,
    du: `„${phrase}“ verspricht eine Rückmeldung – setz eine Wiedervorlage, damit sie nicht verloren geht, und nenn möglichst einen Zeitpunkt.`,
    en: `"${phrase}" promises to get back to them — set a follow-up so it doesn't get lost, and say when they'll hear from you.`,
  };
}

export function unansweredQuestionMessage(kind: 'only_thanks' | 'too_short'): Texts {
  if (kind === 'only_thanks') {
    return {
      Sie: 'Der Kommentar stellt eine Frage, der Entwurf bedankt sich nur. Beantworten Sie sie – oder sagen Sie, bis wann Sie es klären.',
      du: 'Der Kommentar stellt eine Frage, der Entwurf bedankt sich nur. Beantworte sie – oder sag, bis wann du es klärst.',
      en: "The comment asks a question, but the draft only says thanks. Answer it — or say by when you'll find out.",
    };
  }
  return {
    Sie: 'Der Kommentar stellt eine Frage, und der Entwurf ist sehr kurz. Prüfen Sie, ob er sie wirklich beantwortet (Fakt, Link oder nächster Schritt).',
    du: 'Der Kommentar stellt eine Frage, und der Entwurf ist sehr kurz. Prüf, ob er sie wirklich beantwortet (Fakt, Link oder nächster Schritt).',
    en: 'The comment asks a question and the draft is very short. Make sure it really answers it (a fact, a link or a next step).',
  };
}
