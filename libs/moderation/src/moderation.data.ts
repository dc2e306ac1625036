/**
 * Moderation guidance as data. Every text exists three times: German formal (Sie), German
 * informal (du) and English; texts address the person moderating in the workspace's form.
 * Change any wording → bump MODERATION_GUIDANCE_VERSION, because audit records store the version
 * of the guidance that was shown with a decision.
 */
import type { GuidanceKind, Locale, ReasonCode } from './moderation.types.js';

export const MODERATION_GUIDANCE_VERSION = '2026.11.1';

/** One text in the three variants. */
export interface Variants {
  Sie: string;
  du: string;
  en: string;
}

export interface GuidanceSource {
  title: Variants;
  why: readonly Variants[];
  /** in order: the first thing to do comes first */
  insteadDo: readonly Variants[];
}

/** Same sentence for Sie and du (it does not address anyone). */
const de = (text: string, en: string): Variants => ({ Sie: text, du: text, en });

/** Display names of the reason codes (they address nobody, so no Sie/du variants). */
export const REASON_LABELS: Readonly<Record<Locale, Readonly<Record<ReasonCode, string>>>> = {
  de: {
    spam: 'Spam',
    abuse: 'Beleidigung / Hassrede',
    personal_data: 'Personenbezogene Daten',
    illegal: 'Rechtswidriger Inhalt',
    duplicate: 'Duplikat',
    other: 'Sonstiges',
  },
  en: {
    spam: 'Spam',
    abuse: 'Abuse / hate',
    personal_data: 'Personal data exposed',
    illegal: 'Illegal content',
    duplicate: 'Duplicate',
    other: 'Other',
  },
};

// ── Why removing criticism backfires ────────────────────────────────────────────────────────

const screenshots = de(
  'Gelöschte Kritik verschwindet nicht: Oft gibt es längst Screenshots, und die machen dann mit dem Zusatz „… und jetzt löschen sie es“ die Runde.',
  "Deleted criticism doesn't disappear: screenshots often exist already, and they circulate with the caption '… and now they're deleting it'.",
);
const streisand = de(
  'Streisand-Effekt: Gerade der Versuch, etwas verschwinden zu lassen, macht es bekannt – aus einem Kommentar wird ein Thema.',
  'Streisand effect: trying to make something disappear is exactly what makes it known — one comment becomes a story.',
);
const louder = de(
  'Wer gelöscht wird, kommt meist lauter zurück: mit neuem Kommentar, auf anderen Kanälen, in Bewertungsportalen – und jetzt mit dem Vorwurf der Zensur.',
  'People who get deleted usually come back louder: with a new comment, on other channels, on review sites — now accusing you of censorship.',
);
const silence = de(
  'Mitlesende sehen nur, dass ein kritischer Kommentar fehlt oder unbeantwortet bleibt – das wirkt wie Schweigen oder Zensur, nicht wie eine Lösung.',
  'Other readers only see that a critical comment is gone or unanswered — it reads as silence or censorship, not as a solution.',
);
const trust = de(
  'Das Vertrauen sinkt: Eine Seite ganz ohne Kritik wirkt geschönt, und auch das Lob darauf glaubt dann niemand mehr.',
  'Trust drops: a page without any criticism looks curated, and then nobody believes the praise on it either.',
);
const answeredShowsCare: Variants = {
  Sie: 'Eine beantwortete Beschwerde zeigt allen Mitlesenden, dass Ihr Team zuhört und sich kümmert – oft überzeugender als jede Werbung.',
  du: 'Eine beantwortete Beschwerde zeigt allen Mitlesenden, dass ihr zuhört und euch kümmert – oft überzeugender als jede Werbung.',
  en: 'An answered complaint shows everyone reading that you listen and care — often more convincing than any ad.',
};

// ── What to do instead, in order ────────────────────────────────────────────────────────────

const answerPublicly: Variants = {
  Sie: 'Antworten Sie öffentlich und sachlich innerhalb Ihrer Antwortzeit (SLA) – eine erste Antwort innerhalb von 1–2 Stunden (Geschäftszeit), auch wenn die Lösung länger dauert.',
  du: 'Antworte öffentlich und sachlich innerhalb eurer Antwortzeit (SLA) – eine erste Antwort innerhalb von 1–2 Stunden (Geschäftszeit), auch wenn die Lösung länger dauert.',
  en: 'Answer publicly and factually within your SLA — a first reply within 1–2 business hours, even if the fix takes longer.',
};
const thankAndAcknowledge: Variants = {
  Sie: 'Danken Sie für den Hinweis und benennen Sie das Problem konkret: „Zwei Wochen Wartezeit sind ärgerlich – danke, dass Sie es ansprechen.“',
  du: 'Danke für den Hinweis und benenne das Problem konkret: „Zwei Wochen Wartezeit sind ärgerlich – danke, dass du es ansprichst.“',
  en: "Thank them and name the problem specifically: 'Two weeks of waiting is annoying — thanks for raising it.'",
};
const admitMistakes: Variants = {
  Sie: 'Lag der Fehler bei Ihrem Unternehmen, sagen Sie es klar: „Das war unser Fehler.“ – ohne „aber“ im selben Satz.',
  du: 'Lag der Fehler bei euch, sag es klar: „Das war unser Fehler.“ – ohne „aber“ im selben Satz.',
  en: "If the mistake was yours, say so plainly: 'That was our mistake.' — no 'but' in the same sentence.",
};
const privateChannel: Variants = {
  Sie: 'Geht es um Bestellnummer, Adresse oder Konto, holen Sie das Gespräch in einen privaten Kanal (Direktnachricht oder E-Mail). Ausblenden nur, wenn der Kommentar selbst personenbezogene Daten zeigt.',
  du: 'Geht es um Bestellnummer, Adresse oder Konto, hol das Gespräch in einen privaten Kanal (Direktnachricht oder E-Mail). Ausblenden nur, wenn der Kommentar selbst personenbezogene Daten zeigt.',
  en: 'If it involves an order number, address or account, move the conversation to a private channel (direct message or e-mail). Hide only if the comment itself exposes personal data.',
};
const houseRulesOnce: Variants = {
  Sie: 'Ist der Ton beleidigend, nennen Sie die Hausregeln einmal – ruhig, mit Link – und beantworten Sie den sachlichen Kern.',
  du: 'Ist der Ton beleidigend, nenn die Hausregeln einmal – ruhig, mit Link – und beantworte den sachlichen Kern.',
  en: 'If the tone is abusive, state the house rules once — calmly, with a link — and answer the factual point.',
};
const legalThreatsToLead: Variants = {
  Sie: 'Droht jemand mit Anwalt, Presse oder Anzeige, informieren Sie sofort die Teamleitung, bevor Sie weiter antworten.',
  du: 'Droht jemand mit Anwalt, Presse oder Anzeige, informiere sofort die Teamleitung, bevor du weiter antwortest.',
  en: 'If someone threatens legal action, the press or a police report, tell your lead right away, before you reply again.',
};
const duplicateLink: Variants = {
  Sie: 'Ist es ein Duplikat, antworten Sie kurz und verlinken Sie die Antwort im anderen Beitrag, statt den Kommentar zu entfernen.',
  du: 'Ist es ein Duplikat, antworte kurz und verlinke die Antwort im anderen Beitrag, statt den Kommentar zu entfernen.',
  en: "If it's a duplicate, reply briefly and link to the answer in the other thread instead of removing the comment.",
};
const followUpPublicly: Variants = {
  Sie: 'Hat sich etwas geändert, melden Sie sich öffentlich darunter: „Sie hatten recht mit …, wir haben … geändert.“',
  du: 'Hat sich etwas geändert, meld dich öffentlich darunter: „Du hattest recht mit …, wir haben … geändert.“',
  en: "When something has changed, follow up publicly under the comment: 'You said …, we changed …'",
};

const INSTEAD_OF_REMOVING: readonly Variants[] = [
  answerPublicly,
  thankAndAcknowledge,
  admitMistakes,
  privateChannel,
  houseRulesOnce,
  legalThreatsToLead,
  duplicateLink,
  followUpPublicly,
];

// ── The guidance per kind ───────────────────────────────────────────────────────────────────

/** An agent's removal waits for a lead (a complaint for duplicate/other, or a workspace that approves all removals). */
const pending: GuidanceSource = {
  title: de('Wartet auf Freigabe durch die Teamleitung', "Waiting for your lead's approval"),
  why: [
    {
      Sie: 'Ihre Anfrage wartet auf eine Teamleitung. Bis dahin bleibt der Kommentar sichtbar – eine zweite Person schaut drauf, weil ein entfernter Kommentar öffentlich auffällt, auch wenn er später wieder eingeblendet wird.',
      du: 'Deine Anfrage wartet auf eine Teamleitung. Bis dahin bleibt der Kommentar sichtbar – eine zweite Person schaut drauf, weil ein entfernter Kommentar öffentlich auffällt, auch wenn er später wieder eingeblendet wird.',
      en: "Your request is waiting for a lead. Until then the comment stays visible — a second person looks at it because a removed comment gets noticed in public, even if it is restored later.",
    },
    screenshots,
    streisand,
    louder,
    silence,
    answeredShowsCare,
  ],
  insteadDo: [
    {
      Sie: 'Warten Sie nicht auf die Entscheidung: Antworten Sie jetzt öffentlich und sachlich innerhalb Ihrer Antwortzeit (SLA).',
      du: 'Warte nicht auf die Entscheidung: Antworte jetzt öffentlich und sachlich innerhalb eurer Antwortzeit (SLA).',
      en: "Don't wait for the decision: answer publicly and factually now, within your SLA.",
    },
    thankAndAcknowledge,
    admitMistakes,
    privateChannel,
    houseRulesOnce,
    legalThreatsToLead,
    duplicateLink,
    followUpPublicly,
  ],
};

/** A lead or admin removes a complaint for duplicate/other (their own request executes). */
const removalOfComplaint: GuidanceSource = {
  title: de('Eine Beschwerde entfernen?', 'Removing a complaint?'),
  why: [
    {
      Sie: 'Das ist eine Beschwerde, und der Grund ist weder Spam noch Beleidigung, personenbezogene Daten oder ein rechtswidriger Inhalt. Das Entfernen wird mit Ihrem Namen und Ihrer Begründung protokolliert.',
      du: 'Das ist eine Beschwerde, und der Grund ist weder Spam noch Beleidigung, personenbezogene Daten oder ein rechtswidriger Inhalt. Das Entfernen wird mit deinem Namen und deiner Begründung protokolliert.',
      en: "This is a complaint, and the reason is not spam, abuse, personal data or illegal content. The removal is logged with your name and justification.",
    },
    screenshots,
    streisand,
    louder,
    silence,
    trust,
    answeredShowsCare,
  ],
  insteadDo: INSTEAD_OF_REMOVING,
};

const spam: GuidanceSource = {
  title: de('Spam', 'Spam'),
  why: [
    de(
      'Spam (Werbelinks, Fake-Gewinnspiele, falscher Support) schadet Mitlesenden und verdrängt echte Gespräche – ihn auszublenden ist richtig.',
      'Spam (promo links, fake giveaways, fake support) harms readers and crowds out real conversations — hiding it is right.',
    ),
    de(
      'Bei Spam ist die Begründung freiwillig; der Grund „Spam“ wird aber protokolliert und taucht in Auswertungen auf.',
      "A justification is optional for spam, but the reason 'spam' is logged and shows up in reports.",
    ),
    de(
      'Kritik als Spam zu markieren, um sie loszuwerden, ist Löschen durch die Hintertür – und fällt in der Auswertung auf.',
      'Marking criticism as spam to get rid of it is deleting through the back door — and it shows in the audit.',
    ),
  ],
  insteadDo: [
    {
      Sie: 'Prüfen Sie kurz, ob es wirklich Spam ist – und nicht Kritik, die zufällig einen Link enthält.',
      du: 'Prüf kurz, ob es wirklich Spam ist – und nicht Kritik, die zufällig einen Link enthält.',
      en: "Check quickly that it really is spam — and not criticism that happens to contain a link.",
    },
    {
      Sie: 'Blenden Sie den Kommentar lieber aus, als ihn zu löschen – Ausblenden lässt sich rückgängig machen, falls es doch kein Spam war.',
      du: 'Blende den Kommentar lieber aus, als ihn zu löschen – Ausblenden lässt sich rückgängig machen, falls es doch kein Spam war.',
      en: "Prefer hiding to deleting — a hidden comment can be restored if it wasn't spam after all.",
    },
    de('Nicht antworten und keine Links darin anklicken.', "Don't reply to it and don't click its links."),
    {
      Sie: 'Gibt sich jemand als Ihr Support aus, warnen Sie öffentlich darunter, damit niemand Daten preisgibt, und melden Sie das Profil der Plattform.',
      du: 'Gibt sich jemand als euer Support aus, warne öffentlich darunter, damit niemand Daten preisgibt, und melde das Profil der Plattform.',
      en: 'If someone poses as your support, post a public warning underneath so nobody hands over data, and report the profile to the platform.',
    },
  ],
};

const abuse: GuidanceSource = {
  title: de('Beleidigung / Hassrede', 'Abuse / hate'),
  why: [
    {
      Sie: 'Beleidigungen, Drohungen und Hetze vergiften die Diskussion und schrecken Mitlesende ab – sie auszublenden schützt die Community und Ihr Team.',
      du: 'Beleidigungen, Drohungen und Hetze vergiften die Diskussion und schrecken Mitlesende ab – sie auszublenden schützt die Community und euer Team.',
      en: 'Insults, threats and hate poison the discussion and drive readers away — hiding them protects the community and your team.',
    },
    de(
      'Harte Kritik ist keine Beleidigung: „Schlechtester Service aller Zeiten“ ist rau, aber erlaubt – dafür gilt die Regel für Beschwerden.',
      "Harsh criticism isn't abuse: 'worst service ever' is rough but allowed — the rule for complaints applies to it.",
    ),
    de(
      'Wer sieht, dass die Hausregeln einmal ruhig genannt wurden, versteht das Ausblenden; kommentarloses Löschen wirkt dagegen wie Zensur.',
      'Readers who see the house rules stated once, calmly, understand why something was hidden; silent deleting looks like censorship.',
    ),
  ],
  insteadDo: [
    {
      Sie: 'Trennen Sie Kritik von Beleidigung: Steckt ein sachlicher Punkt drin, beantworten Sie ihn öffentlich.',
      du: 'Trenn Kritik von Beleidigung: Steckt ein sachlicher Punkt drin, beantworte ihn öffentlich.',
      en: "Separate criticism from insult: if there's a factual point, answer it publicly.",
    },
    {
      Sie: 'Nennen Sie die Hausregeln einmal – ruhig, ohne Ironie, mit Link.',
      du: 'Nenn die Hausregeln einmal – ruhig, ohne Ironie, mit Link.',
      en: 'State the house rules once — calmly, without irony, with a link.',
    },
    {
      Sie: 'Blenden Sie nur den beleidigenden Kommentar aus, nicht den ganzen Thread, und vermerken Sie, gegen welche Regel er verstößt.',
      du: 'Blende nur den beleidigenden Kommentar aus, nicht den ganzen Thread, und vermerke, gegen welche Regel er verstößt.',
      en: 'Hide only the abusive comment, not the whole thread, and note which rule it breaks.',
    },
    {
      Sie: 'Bei Drohungen gegen Menschen: Sichern Sie einen Screenshot mit Datum und Link und informieren Sie sofort die Teamleitung.',
      du: 'Bei Drohungen gegen Menschen: Sichere einen Screenshot mit Datum und Link und informiere sofort die Teamleitung.',
      en: 'For threats against people: save a screenshot with date and link and tell your lead immediately.',
    },
    de('Nicht zurückschießen und nicht mehrfach antworten – das füttert den Troll.', "Don't hit back and don't reply twice — it feeds the troll."),
  ],
};

const personalData: GuidanceSource = {
  title: de('Personenbezogene Daten', 'Personal data exposed'),
  why: [
    de(
      'Ausblenden ist hier richtig: Es schützt die Person, deren Daten (Telefon, Adresse, IBAN, Gesundheitsdaten) sonst für alle sichtbar sind.',
      'Hiding is right here: it protects the person whose data (phone, address, IBAN, health data) would otherwise be visible to everyone.',
    ),
    de(
      'Ausblenden statt Löschen: Auf Facebook sieht die Person ihren ausgeblendeten Kommentar weiterhin (ebenso ihre Freunde) – das fühlt sich nicht nach Zensur an, und das Anliegen bleibt dokumentiert.',
      "Hide rather than delete: on Facebook a hidden comment stays visible to its author and their friends — it doesn't feel like censorship, and the concern stays on record.",
    ),
    de(
      'Verschwindet der Kommentar ohne ein Wort, sieht es für Mitlesende so aus, als würde Kritik unterdrückt.',
      'If the comment vanishes without a word, readers assume criticism is being suppressed.',
    ),
  ],
  insteadDo: [
    {
      Sie: 'Blenden Sie den Kommentar aus (nicht löschen).',
      du: 'Blende den Kommentar aus (nicht löschen).',
      en: "Hide the comment (don't delete it).",
    },
    {
      Sie: 'Sagen Sie der Person öffentlich, dass Sie privat weitermachen: „Wir haben Ihren Kommentar zu Ihrem Schutz ausgeblendet, weil er Ihre Telefonnummer enthielt – wir haben Ihnen eine Direktnachricht geschrieben.“',
      du: 'Sag der Person öffentlich, dass du privat weitermachst: „Wir haben deinen Kommentar zu deinem Schutz ausgeblendet, weil er deine Telefonnummer enthielt – wir haben dir eine Direktnachricht geschrieben.“',
      en: "Tell the person publicly that you're continuing in private: 'We've hidden your comment to protect you because it contained your phone number — we've sent you a direct message.'",
    },
    {
      Sie: 'Machen Sie per Direktnachricht oder E-Mail weiter und setzen Sie eine Wiedervorlage.',
      du: 'Mach per Direktnachricht oder E-Mail weiter und setz eine Wiedervorlage.',
      en: 'Continue by direct message or e-mail and set a follow-up.',
    },
    {
      Sie: 'Wiederholen Sie keine der Daten in Ihrer Antwort und bestätigen Sie nichts aus dem Kundensystem öffentlich.',
      du: 'Wiederhole keine der Daten in deiner Antwort und bestätige nichts aus dem Kundensystem öffentlich.',
      en: 'Never repeat any of the data in your reply, and confirm nothing from the customer system in public.',
    },
    {
      Sie: 'Enthielt der Kommentar auch Kritik, gehen Sie in Ihrer öffentlichen Antwort kurz darauf ein – die Kritik darf nicht mit den Daten verschwinden.',
      du: 'Enthielt der Kommentar auch Kritik, geh in deiner öffentlichen Antwort kurz darauf ein – die Kritik darf nicht mit den Daten verschwinden.',
      en: 'If the comment also contained criticism, acknowledge it briefly in your public reply — the criticism must not disappear with the data.',
    },
    {
      Sie: 'Sind es Daten einer anderen Person (z. B. Name und Adresse von Mitarbeitenden), informieren Sie die Teamleitung.',
      du: 'Sind es Daten einer anderen Person (z. B. Name und Adresse von Mitarbeitenden), informiere die Teamleitung.',
      en: "If it's someone else's data (e.g. an employee's name and address), tell your lead.",
    },
  ],
};

const illegal: GuidanceSource = {
  title: de('Rechtswidriger Inhalt', 'Illegal content'),
  why: [
    de(
      'Rechtswidrige Inhalte (z. B. Bedrohung, Volksverhetzung, Verleumdung, Urheberrechtsverletzung) gehören nicht stehen gelassen – wer davon weiß und nichts tut, riskiert rechtliche Folgen.',
      'Illegal content (e.g. threats, incitement to hatred, defamation, copyright infringement) must not stay up — knowing about it and doing nothing risks legal consequences.',
    ),
    de(
      'Ob etwas rechtswidrig ist, ist oft nicht eindeutig: Ein harter Vorwurf („Abzocke!“) ist meist eine erlaubte Meinung, keine Straftat.',
      "Whether something is illegal is often unclear: a harsh accusation ('rip-off!') is usually a lawful opinion, not a crime.",
    ),
    de(
      'Löschen vernichtet Beweise – Ausblenden hält den Inhalt für eine rechtliche Prüfung oder eine Anzeige verfügbar.',
      'Deleting destroys evidence — hiding keeps the content available for a legal review or a police report.',
    ),
  ],
  insteadDo: [
    {
      Sie: 'Sichern Sie zuerst Beweise: Screenshot mit Datum, Uhrzeit, Link und Profilname.',
      du: 'Sichere zuerst Beweise: Screenshot mit Datum, Uhrzeit, Link und Profilname.',
      en: 'Secure evidence first: a screenshot with date, time, link and profile name.',
    },
    {
      Sie: 'Blenden Sie den Kommentar aus, statt ihn zu löschen, bis die Teamleitung oder die Rechtsabteilung entschieden hat.',
      du: 'Blende den Kommentar aus, statt ihn zu löschen, bis die Teamleitung oder die Rechtsabteilung entschieden hat.',
      en: 'Hide the comment rather than deleting it until your lead or legal team has decided.',
    },
    {
      Sie: 'Informieren Sie sofort die Teamleitung – sie entscheidet über Anzeige und weitere Schritte.',
      du: 'Informiere sofort die Teamleitung – sie entscheidet über Anzeige und weitere Schritte.',
      en: 'Tell your lead right away — they decide about a police report and next steps.',
    },
    {
      Sie: 'Melden Sie den Inhalt zusätzlich über die Meldefunktion der Plattform.',
      du: 'Melde den Inhalt zusätzlich über die Meldefunktion der Plattform.',
      en: "Also report the content through the platform's reporting tool.",
    },
    {
      Sie: 'Ist es eigentlich Kritik in harten Worten, behandeln Sie es als Beschwerde: öffentlich und sachlich antworten statt entfernen.',
      du: 'Ist es eigentlich Kritik in harten Worten, behandle es als Beschwerde: öffentlich und sachlich antworten statt entfernen.',
      en: "If it's really criticism in harsh words, treat it as a complaint: answer publicly and factually instead of removing it.",
    },
  ],
};

export const GUIDANCE_SOURCES: Readonly<Record<GuidanceKind, GuidanceSource>> = {
  pending,
  removal_of_complaint: removalOfComplaint,
  spam,
  abuse,
  personal_data: personalData,
  illegal,
};
