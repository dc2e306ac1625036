import type { LanguagePack } from './pack.types.js';

/**
 * German rule pack. Words are written in their natural spelling; matching folds case, umlauts
 * and ß (so "Rückmeldung", "Rueckmeldung" and "RUECKMELDUNG" are the same), and stems with `*`
 * cover inflection and compounds ("enttäusch*" = enttäuscht, enttäuschend, Enttäuschung;
 * "*chaos" = Chaos, Lieferchaos). See pack.types.ts for the pattern syntax.
 * Bump `version` whenever a rule changes what a text is classified as.
 */
export const DE_PACK: LanguagePack = {
  lang: 'de',
  version: 'de-1.15.0',
  stopwords: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'ihr', 'euch', 'euer', 'eure', 'mit', 'auf', 'für', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer',
    'zu', 'im', 'sich', 'auch', 'wir', 'es', 'sie', 'sind', 'war', 'hat', 'habe', 'haben', 'habt', 'wird', 'werden', 'noch', 'nur', 'schon', 'aber', 'oder', 'wenn', 'dass', 'wie',
    'was', 'wann', 'warum', 'wieso', 'kein', 'keine', 'keinen', 'mir', 'mich', 'mein', 'meine', 'dann', 'doch', 'mal', 'hier', 'bei', 'nach', 'aus', 'um', 'über', 'seit',
    'immer', 'heute', 'gibt', 'kann', 'könnt', 'bitte', 'danke', 'sehr', 'ganz', 'wieder', 'jetzt', 'uns', 'unser', 'man', 'wo', 'gerne', 'gern', 'vielen', 'leider', 'schon',
    'bin', 'bist', 'seid', 'siehe', 'weiter', 'an', 'foto', 'bild', 'hab', 'ja', 'nein', 'nix', 'nichts', 'diese', 'dieser', 'dieses', 'vom', 'zum', 'zur', 'am', 'beim', 'ins', 'ob', 'weil', 'als', 'so', 'da', 'wer',
  ],
  trigrams: ['sch', 'ich', 'ein', 'der', 'die', 'und', 'cht', 'ung', 'gen', 'ber', 'den', 'nde', 'ten', 'eit', 'ie ', 'tz', 'ck', 'ß', 'ä', 'ö', 'ü'],
  negators: ['nicht', 'nich', 'net', 'kein*', 'nie', 'niemals', 'nimmer', 'ohne', 'kaum', 'weder', 'nirgends', 'nix', 'nichts'],
  postNegators: ['nicht', 'nie', 'niemals', 'keineswegs'],
  intensifiers: ['sehr', 'so', 'total', 'mega', 'echt', 'wirklich', 'absolut', 'extrem', 'richtig', 'ganz', 'besonders', 'unglaublich', 'wahnsinnig', 'super', 'äußerst', 'höchst', 'verdammt', 'zu', 'unfassbar', 'einfach', 'komplett', 'völlig', 'sowas', 'dermaßen', 'derart', 'mehr als', 'furchtbar', 'irre', 'übelst', 'hammer', 'tierisch', 'sau'],
  downtoners: ['etwas', 'bisschen', 'bissl', 'leicht', 'eher', 'wenig', 'relativ', 'ziemlich', 'halbwegs', 'einigermaßen', 'teilweise'],
  contrast: ['aber', 'jedoch', 'allerdings', 'leider', 'trotzdem', 'sondern', 'dennoch', 'nur'],
  openers: ['hallo', 'hi', 'hey', 'moin', 'servus', 'liebe', 'lieber', 'liebes', 'sehr', 'geehrte', 'geehrter', 'guten', 'tag', 'morgen', 'abend', 'also', 'und', 'aber', 'ok', 'okay', 'na', 'sorry', 'entschuldigung', 'frage', 'kurze', 'ach', 'team', 'leute', 'grüß', 'gott', 'grüezi', 'tach', 'huhu', 'nochmal', 'übrigens', 'ähm', 'äh', 'hm', 'hmm', 'ps', 'mal', 'ernsthaft', 'sagt', 'sag', 're'],
  questionWords: ['wer', 'wen', 'wem', 'wessen', 'was', 'wann', 'wo', 'wohin', 'woher', 'wie', 'warum', 'wieso', 'weshalb', 'weswegen', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'wieviel', 'wieviele', 'womit', 'wofür', 'worauf', 'woran', 'wozu', 'worüber', 'wovon', 'inwiefern', 'wat', 'wie viel', 'wie viele'],
  questionVerbs: [
    'habt', 'hast', 'haben', 'hat', 'hätte', 'hättet', 'hätten', 'kann', 'kannst', 'könnt', 'können', 'könnte', 'könntet', 'könnten', 'gibt', 'gab', 'ist', 'sind', 'seid', 'bist', 'war', 'waren',
    'wird', 'werden', 'wirst', 'werdet', 'darf', 'dürfen', 'darfst', 'dürfte', 'muss', 'müssen', 'musst', 'müsste', 'soll', 'sollen', 'sollte', 'sollten', 'will', 'wollt', 'wollen', 'macht', 'machen', 'mache',
    'bekomme', 'bekommt', 'bekommen', 'kriegt', 'kriege', 'liefert', 'liefern', 'bietet', 'bieten', 'verkauft', 'verkaufen', 'nehmt', 'nimmt', 'akzeptiert', 'öffnet', 'schließt', 'hilft', 'geht', 'gilt',
    'weiß', 'wisst', 'wissen', 'kennt', 'brauche', 'braucht', 'würde', 'würdet', 'würden', 'fährt', 'fahren', 'kommt', 'stimmt', 'reicht', 'lohnt', 'klappt', 'funktioniert', 'passt', 'habe', 'hab', 'bin', 'gehört', 'zählt', 'fällt', 'findet', 'fände', 'wäre', 'wären', 'meint', 'denkt',
  ],
  subjects: ['ich', 'ihr', 'du', 'sie', 'man', 'es', 'wir', 'er', 'das', 'der', 'die', 'dies', 'diese', 'dieser', 'dieses', 'jemand', 'irgendwer', 'irgendwo', 'irgendwann', 'euch', 'mir', 'mich', 'uns', 'hier', 'da', 'dort', 'noch', 'den', 'dem', 'denn', 'eigentlich', 'auch', 'schon', 'bei', 'ein', 'eine', 'einen', 'euer', 'eure', 'mein', 'meine'],
  resolvers: ['beendet', 'endet', 'enden', 'endete', 'vorbei', 'behoben', 'aufgehoben', 'freigegeben', 'gelöst', 'abgewendet', 'beigelegt', 'geeinigt', 'einigen', 'einigt', 'einigten', 'einigung*', 'repariert', 'wiederhergestellt', 'entschärft'],
  // German declaratives put the verb second, so a verb-first sentence asks with any subject ("Hat die Bäckerei morgen offen")
  pronouns: ['ich', 'ihr', 'du', 'sie', 'man', 'es', 'wir', 'er', 'das', 'der', 'die', 'dies', 'diese', 'dieser', 'dieses', 'jemand', 'irgendwer', 'irgendwo', 'irgendwann', 'euch', 'mir', 'mich', 'uns', 'hier', 'da', 'dort', 'noch', 'den', 'dem', 'denn', 'eigentlich', 'auch', 'schon', 'bei', 'ein', 'eine', 'einen', 'euer', 'eure', 'mein', 'meine'],
  rhetorical: ['warum', 'wieso', 'weshalb', 'weswegen'],
  sarcasmMarkers: ['#not', 'ja klar', 'na klar', 'ironie', 'ironie off', '#ironie', 'sarkasmus', 'schönen dank auch', 'vielen dank auch'],
  expectations: ['funktionier*', 'klappt', 'klappte', 'geht', 'ging', 'läuft', 'lief', 'kommt', 'kam', 'kamen', 'angekommen', 'ankommt', 'geliefert', 'erhalten', 'bekommen', 'erreich*', 'gemeldet', 'meldet', 'geantwortet', 'antwortet', 'zurückgerufen', 'reagiert', 'geöffnet', 'lädt', 'startet', 'fährt', 'fuhr', 'fahren', 'hält', 'hielt', 'erstattet', 'bearbeitet', 'geholfen', 'hilft', 'repariert', 'behoben', 'gelöst', 'informiert', 'zugestellt', 'verschickt', 'versendet', 'abgeholt', 'eingehalten', 'akzeptiert', 'anerkannt', 'verstanden'],
  serviceRequests: ['termin*', 'kostenvoranschlag*', 'angebot', 'vorbeikommen', 'vorbeischauen', 'buchen', 'vereinbaren', 'reinschauen', 'anschauen'],
  irrealis: ['wäre', 'wären', 'wär', 'wärs', 'sollte', 'sollten', 'könnte', 'könnten', 'müsste', 'müssten', 'hoffe', 'hoffen', 'hofft', 'hoffentlich', 'wünsche', 'wünschen', 'wünscht'],
  expectationWeight: 1.2,
  negationAfter: true,
  rules: [
    // ---------------------------------------------------------------- questions
    {
      id: 'de.question.indirect',
      supports: 'question',
      weight: 1.4,
      negated: 'keep',
      patterns: [
        'ich wüsste gern*', 'wüsste gern*', 'ich würde gern* wissen', 'würde gern* wissen', 'möchte gern* wissen', 'möchte wissen', 'ich frage mich', 'frage mich', 'frag mich', 'ich frag mich', 'wollte fragen', 'wollte mal fragen', 'möchte fragen', 'darf ich fragen', 'kurze frage', 'eine frage', 'frage zu', 'frage an',
        'könnt ihr mir sagen', 'kannst du mir sagen', 'können sie mir sagen', 'könnten sie mir sagen', 'könntet ihr mir sagen', 'mir sagen ob', 'mir sagen wann', 'mir sagen wie', 'mir sagen wo', 'mir sagen was', 'sagt mir bitte', 'sag mir bitte', 'sagt mir mal', 'sag mir mal', 'verratet mir', 'verrat mir', 'verraten sie mir', 'verratet uns', 'erzählt mal mehr', 'erzähl mal mehr', 'erzählt mir mehr', 'erzähl mir mehr', 'bescheid geben', 'bescheid sagen', 'gebt mir bescheid',
        'weiß jemand', 'weiss jemand', 'kennt jemand', 'hat jemand', 'jemand eine idee', 'eine idee', 'ist es möglich', 'wäre es möglich', 'gibt es eine möglichkeit', 'infos zu', 'info zu', 'informationen zu', 'auskunft', 'bitte um rückmeldung', 'bitte um info', 'bitte um antwort', 'bitte um auskunft', 'wie kann ich', 'wie komme ich', 'was muss ich', 'woran liegt',
        'bin mir nicht sicher ob', 'weiß nicht ob', 'wollte nachfragen', 'nachfrage', 'frage wäre', 'interessiert mich',
      ],
    },
    {
      // eine Bitte um eine Geste in den sozialen Medien will die Handlung, keine Antwort: "Folgt ihr uns zurück?", "Teilt das bitte?"
      id: 'de.other.gesture-request',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      notQuestion: true,
      patterns: ['folg mir', 'folgt mir', 'folge mir', 'folgt uns', 'folg uns', 'folgst du mir', 'folgt ihr mir', 'folgt ihr uns', 'markier mich', 'markiert mich', 'markiert uns', 'bitte teilen', 'teilt das', 'teilt den beitrag', 'bitte retweeten', 'sag hallo', 'sagt hallo', 'drück mir die daumen', 'drückt mir die daumen', 'drückt uns die daumen'],
    },
    {
      // die Schreibenden beantworten ihre Frage gleich selbst: "Würde ich wiederkommen? Auf jeden Fall!",
      // "Lohnt sich das? Eher nicht." Die Antwort muss den ersten Satzteil des nächsten Satzes füllen.
      id: 'de.other.self-answer',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      answersQuestion: true,
      patterns: [
        'ja', 'jein', 'nein', 'nö', 'natürlich', 'sicher', 'klar doch', 'auf jeden fall', 'definitiv', 'absolut', 'jederzeit', 'ganz bestimmt', 'bestimmt', 'genau', 'ja genau',
        'niemals', 'nie', 'nie wieder', 'eher nicht', 'leider nein', 'leider nicht', 'auf keinen fall', 'sicher nicht', 'bestimmt nicht',
      ],
    },
    {
      // rhetorische Formeln: die Antwort steht fest oder interessiert nicht ("Ratet mal?", "Wer hätte das gedacht?")
      id: 'de.other.rhetorical-formula',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      notQuestion: true,
      patterns: ['rate mal', 'ratet mal', 'wer hätte das gedacht', 'wer hätte gedacht', 'wen interessiert*', 'wen juckt*', 'wer braucht schon', 'hab ich schon erwähnt', 'habe ich schon erwähnt', 'hab ich erwähnt', 'was kann da schon schiefgehen', 'was soll da schon schiefgehen'],
    },
    {
      // ein Frageanhängsel am Satzende bittet um Bestätigung, mit oder ohne "?": "Ihr habt Sonntag offen, oder",
      // "Der Kurs fällt aus, nicht wahr"
      id: 'de.question.tag',
      supports: 'question',
      weight: 1.0,
      negated: 'keep',
      atEnd: true,
      patterns: ['oder', 'oda', 'nicht wahr', 'gell', 'gelle', 'ne', 'newa'],
    },
    // ---------------------------------------------------------------- complaints
    {
      id: 'de.complaint.defect',
      supports: 'complaint',
      weight: 1.3,
      negated: 'keep',
      resolvable: true,
      patterns: [
        'funktionier* nicht', 'funktionier* ... nicht', 'funktionier* nie', 'geht nicht', 'geht ... nicht', 'ging nicht', 'ging ... nicht', 'klappt nicht', 'klappt ... nicht', 'klappte nicht', 'läuft nicht', 'lief nicht', 'läuft ... nicht', 'tut nicht', 'startet nicht', 'lädt nicht', 'öffnet nicht', 'reagiert nicht', 'passt nicht', 'hält nicht', 'kommt nicht', 'kommt ... nicht', 'kam nicht', 'kam ... nicht',
        'nicht angekommen', 'nicht geliefert', 'nicht erhalten', 'nicht bekommen', 'nicht erreichbar', 'nicht möglich', 'nicht funktionsfähig', 'nicht verfügbar', 'nicht da', 'nicht gekommen', 'nicht eingehalten', 'nicht geklappt', 'nicht repariert', 'nicht erstattet', 'nicht bezahlt', 'nie angekommen', 'nie geliefert', 'nie erhalten', 'nie bekommen', 'keine lieferung',
        'kaputt*', 'defekt*', 'verschlamp*', 'verbummelt', 'verschusselt', 'schief', 'fleckig', 'steinhart', 'undicht', 'tropft', 'wackel*', 'quietsch*', 'risse', 'riss', 'beschädigt*', 'beschaedigt*', 'zerbrochen*', 'gebrochen', 'gerissen', 'verbogen', 'zerkratzt', 'abgebrochen', 'ausgefallen', 'ausgefall*', 'fällt aus', 'fallen aus', 'fiel aus', 'fällt ... aus', 'fallen ... aus', 'fiel ... aus', 'fielen ... aus', 'ausfall*', '*ausfall', '*ausfälle', 'störung*', '*störung', '*störungen', 'fehler*', '*fehler', 'panne*', '*panne', 'mangel', 'mängel', 'mangelhaft',
        'verspät*', '*verspätung', '*verspätungen', 'verzöger*', '*verzögerung', 'zu spät', 'viel zu spät', 'anschluss* verpasst', 'anschluss* ... verpasst', 'anschluss* verpassen', 'anschluss* ... verpassen', '*anschluss verpasst', '*anschluss ... verpasst', 'termin* verpasst', 'termin* ... verpasst', 'gestrichen', 'storniert', 'abgesagt', 'falsch* geliefert', 'falsch* ... geliefert', 'falsch* berechnet', 'falsch* ... berechnet', 'falsch* abgebucht', 'falsch* ... abgebucht', 'falsch* informiert', 'falsch* ... informiert', 'falsch* angezeigt', 'falsch* ... angezeigt', 'falsche* auskunft', 'falsche* auskünfte', 'falsche* information*', 'falsche* rechnung', 'falsch* ... rechnung', 'falsch* betrag', 'falsche* artikel', 'falsche* ware', 'fehlt', 'fehlen', 'fehlte', 'fehlende*', 'verloren', 'verschwunden', 'abgestürzt', 'stürzt ab', 'hängt', 'hängt sich auf', 'eingefroren', 'überfüllt', 'überfüllte*', 'überlastet', 'ausverkauft', 'gesperrt', 'blockiert', 'stecken geblieben', 'steckengeblieben', 'liegengeblieben', 'liegen geblieben', 'festgesteckt',
        'kein netz', 'kein wlan', 'kein wifi', 'kein internet', 'kein strom', 'kein empfang', 'keine heizung', 'kein warmwasser', 'keine klimaanlage', 'klimaanlage', 'kalt', 'eiskalt', 'heiß', 'stickig', 'dreckig', 'schmutzig', 'verdreckt', 'stinkt', 'gestank', 'schimmel*', 'verschimmelt', 'abgelaufen*', 'verschimmelte*', 'verdorben*', 'ranzig*', 'muffig*', 'müffelt', 'riecht nach', 'stinken', 'nicht in der lage', 'lahm*', 'schneckentempo', 'ungenießbar', 'versalzen', 'angebrannt', 'verbrannt', 'roh', 'zäh', 'trocken', 'matschig', 'lauwarm',
      ],
    },
    {
      id: 'de.complaint.problem',
      supports: 'complaint',
      weight: 0.9,
      resolvable: true,
      patterns: ['problem*', '*problem', '*probleme', 'ärger', 'theater', 'umstand', 'umstände', 'aufwand', 'stress', 'stau', 'streik*', '*streik', 'baustelle*', 'ersatzverkehr', 'schienenersatzverkehr', 'umleitung', 'gesperrt', 'wartezeit*', '*wartezeit', 'warteschleife*', 'rumstehen', 'festsitzen', 'teuer*', 'preiserhöhung*', 'gebühr*', '*gebühr', 'abgebucht', 'doppelt abgebucht', 'mahnung*', 'inkasso'],
    },
    {
      id: 'de.complaint.expectation',
      supports: 'complaint',
      weight: 1.3,
      negated: 'keep',
      patterns: [
        'immer noch nicht', 'noch immer nicht', 'immer noch kein*', 'noch immer kein*', 'immer noch', 'noch immer', 'bis heute nicht', 'bis heute kein*', 'bis jetzt nicht', 'bis jetzt kein*', 'bisher nicht', 'bisher kein*', 'noch nicht', 'noch kein*', 'schon wieder', 'mal wieder', 'wieder mal', 'wieder einmal', 'jedes mal', 'jedesmal', 'ständig', 'dauernd', 'andauernd', 'zum wiederholten', 'zum x-ten', 'zum dritten mal', 'zum zweiten mal', 'wie üblich', 'typisch',
        'zwei wochen', 'drei wochen', 'vier wochen', 'fünf wochen', 'sechs wochen', 'zwei monate', 'drei monate', 'vier monate', 'seit wochen', 'seit tagen', 'seit monaten', 'seit stunden', 'seit ... wochen', 'seit ... tagen', 'seit ... monaten', 'seit ... stunden', 'seit ... minuten', 'seit über', 'seit einer stunde', 'seit einer woche', 'wochenlang', 'tagelang', 'monatelang', 'stundenlang', 'ewig*', 'ewigkeit*', 'ewigkeiten',
        'wie lange noch', 'wie lange denn', 'wie lange soll', 'wie lange muss', 'wie oft noch', 'wie oft denn', 'wie oft soll', 'wie oft muss', 'dauert ... lange', 'dauert ewig', 'so lange', 'solange', 'warten ... immer', 'versprochen', 'angeblich', 'hätte ... sollen', 'sollte eigentlich', 'eigentlich sollte', 'sollte ... längst', 'längst', 'nach wie vor',
      ],
    },
    // waiting by itself is neutral ("ich warte auf die Bahn"); with a duration it is a complaint (de.complaint.expectation)
    { id: 'de.complaint.waiting', supports: 'complaint', weight: 0.5, negated: 'keep', patterns: ['warten', 'wartet', 'gewartet', 'warte', 'wartend'] },
    // modal particles: frequent in any register, a hint at most
    { id: 'de.complaint.particle', supports: 'complaint', weight: 0.25, negated: 'keep', patterns: ['schon', 'eigentlich'] },
    { id: 'de.complaint.again', supports: 'complaint', weight: 0.45, negated: 'keep', patterns: ['wieder', 'nochmal', 'erneut', 'leider', 'trotzdem', 'halt', 'obwohl', 'nicht mehr', 'lange', 'länger'] },
    // hints, not complaints by themselves: a frequency ("immer wieder lustig", "wie immer"), nobody ("niemand fährt an
    // Heiligabend"), something wrong or missed that is often the writer's own doing ("in die falsche Bahn gestiegen",
    // "Bus verpasst"); a wrong delivery, bill or information, a missed connection or appointment is a defect (de.complaint.defect)
    { id: 'de.complaint.hint', supports: 'complaint', weight: 0.45, negated: 'keep', patterns: ['immer wieder', 'wie immer', 'niemand*', 'keiner', 'falsch*', 'verpass*'] },
    {
      id: 'de.complaint.no-response',
      supports: 'complaint',
      weight: 1.3,
      negated: 'keep',
      patterns: [
        'niemand meldet sich', 'meldet sich niemand', 'niemand geht ran', 'keiner geht ran', 'geht niemand ran', 'geht keiner ran', 'niemand geht ans telefon', 'keiner geht ans telefon', 'geht niemand ans telefon', 'geht keiner ans telefon', 'niemand hebt ab', 'keiner hebt ab', 'meldet sich keiner', 'keiner meldet sich', 'niemand ruft', 'ruft niemand', 'ruft keiner', 'niemand antwortet', 'antwortet niemand', 'antwortet keiner', 'keine antwort', 'keine rückmeldung', 'keine reaktion', 'keine info*', 'keine auskunft', 'keine hilfe', 'keine ahnung',
        'nicht gemeldet', 'nicht geantwortet', 'nicht zurückgerufen', 'nicht reagiert', 'nie gemeldet', 'nie geantwortet', 'nie zurückgerufen', 'ignorier*', 'ignoriert', 'abgewimmelt', 'vertröstet', 'hingehalten', 'weitergeleitet', 'aufgelegt', 'warteschleife', 'nicht erreichbar', 'unerreichbar', 'niemand erreichbar', 'keiner erreichbar', 'kein ansprechpartner', 'nicht zuständig', 'keiner zuständig', 'niemand zuständig',
      ],
    },
    {
      id: 'de.complaint.demand',
      supports: 'complaint',
      weight: 1.3,
      negated: 'keep',
      patterns: ['geld zurück', 'mein geld', 'erstatt*', 'rückerstatt*', 'zurückerstatt*', 'entschädig*', 'schadensersatz', 'gutschrift', 'ersatz', 'reklamation*', 'reklamier*', 'beschwerde*', 'beschwer*', 'widerruf*', 'zurückschicken', 'zurückgeschickt', 'rücksendung', 'umtausch*', 'nachbesser*', 'ich erwarte', 'ich verlange', 'fordere', 'fordern', 'verlange', 'erwarte', 'inakzeptabel', 'nicht akzeptabel', 'unzumutbar', 'nicht hinnehmbar', 'nicht in ordnung', 'nicht ok', 'nicht okay', 'geht gar nicht', 'geht so nicht', 'so nicht'],
    },
    {
      // disruptions of a service; resolvable: "Sperrung aufgehoben", "Streik beendet" is good news
      id: 'de.complaint.disruption',
      supports: 'complaint',
      weight: 1.2,
      resolvable: true,
      patterns: ['funkloch', 'funklöcher', 'entfällt', 'entfallen', 'sperrung*', '*sperrung', 'einschränkung*', 'unfall*', '*unfall', 'entgleis*', 'warnstreik*', '*schaden', '*schäden', 'polizeieinsatz*', 'notarzteinsatz*', 'feuerwehreinsatz*', 'rettungseinsatz*', 'beeinträchtig*', 'vollbremsung*', 'gestört', 'sperren', 'gedrosselt', 'drosselt', 'stellenabbau', 'überfahren', 'in brand'],
    },
    {
      id: 'de.complaint.negative',
      supports: 'complaint',
      weight: 1.2,
      patterns: [
        'schlecht*', '*schlecht', 'hass*', 'hasse', 'gehasst', 'kritik', '*kritik', 'kritisier*', 'schimpf*', 'protest*', 'vorwurf', 'vorwürfe', 'risiko', '*risiko', '*risiken', 'verletzt*', 'tote', 'toten', 'getötet', 'gestorben', 'angriff*', 'angegriffen', 'prügel*', 'überfall*', 'raub', 'räuber*', 'diebstahl', 'gestohlen', 'messer*', 'täter*', 'festgenommen', 'festnahme', 'betrunken*', 'pöbel*', 'randal*', 'rassist*', 'nazi*', 'hetze', 'gewalt', '*gewalt', 'gewalttat*', 'gewalttät*', 'bedroh*', 'belästig*', 'zusammenstoß', 'kollision', 'personenschaden', 'suizid', 'leiche', 'evakuiert', 'sicherheitsrisik*', 'ahnungslos', 'verschlafen', 'verschlechter*', 'verschlimm*', 'schlimm*', 'furchtbar*', 'schrecklich*', 'grauenhaft*', 'grausam*', 'grottig*', 'mies*', 'miserabel*', 'katastroph*', '*katastrophe', 'desaster', 'debakel', 'chaos', '*chaos', 'chaotisch*', 'peinlich*', 'ätzend', 'übel', 'mist', '*mist', 'kacke', 'scheiß*', 'scheiss*', 'beschissen*', 'dreck', '*dreck', 'müll', 'schrott*', '*schrott', 'sauerei', 'zumutung', 'frechheit', 'unverschämt*', 'dreist*', 'skandal*', '*skandal', 'witz', 'lachhaft', 'lächerlich*',
        'enttäusch*', 'ärger*', 'verärger*', 'sauer', 'wütend', 'wut', 'stinksauer', 'genervt', 'nervig*', 'nervt', 'nerven', 'genervt', 'frust*', 'gefrustet', 'unzufrieden*', 'unfreundlich*', 'unhöflich*', 'inkompetent*', 'unfähig*', 'unzuverlässig*', 'unprofessionell*', 'unmöglich', 'unglaublich', 'unfassbar', 'traurig*', 'schade', 'leider', 'bedauerlich*', 'unverständlich*', 'fragwürdig*', 'ungemütlich*', 'unbequem*', 'unpraktisch*', 'unübersichtlich*', 'unbrauchbar*', 'unzureichend*', 'unangenehm*', 'widersprüchlich*', 'dilettantisch*', 'amateurhaft*', 'irrsinn*', 'verweiger*', 'einen haken', 'der haken', 'angeklagt', 'fuck', 'fucking', 'shit', 'aufgegeben', 'gebe auf', 'gebs auf', 'gar nichts', 'verprügel*', 'zusammengeschlagen', 'attackiert', 'besoffen*', 'alkoholisiert*', 'vermüllt', 'verwahrlost*', 'preise erhöht', 'erhöht ... preise', 'erhöhen ... preise', 'preise ... gestiegen', 'preise ... steigen', 'teurer geworden', 'aufschlag',
        'abzocke*', 'abgezockt', 'abzock*', 'betrug', 'betrüg*', 'betrogen', 'lüge*', 'gelogen', 'lügt', 'verarsch*', 'veräppel*', 'versag*', 'versagen', 'blamage', 'blamabel', 'mangelhaft', 'ungenügend', 'überteuert*', 'wucher*', 'nie wieder', 'nimmer wieder', 'finger weg', 'nicht zu empfehlen', 'nicht empfehlenswert', 'keine empfehlung', 'bloß nicht', 'bloss nicht', 'schämen', 'schämt euch', 'armutszeugnis', 'servicewüste', 'saftladen', 'drecksladen', 'sauladen', 'pfusch*', 'gepfuscht', 'murks', 'schlamperei', 'schlampig*',
        'ekel*', 'eklig*', 'widerlich*', 'unerträglich*', 'anstrengend', 'lästig*', 'umständlich*', 'kompliziert*', 'langsam*', 'schleppend', 'unpünktlich*', 'unsauber', 'eng', 'voll', 'proppenvoll', 'rappelvoll', 'stressig*', 'hölle', 'horror', 'albtraum', 'alptraum', 'fail', 'epic fail', 'sorry aber', 'wtf', 'boah', 'ey', 'mann ey', 'menno', 'ugh', 'urgs', 'puh', 'heul', 'seufz', 'sigh', 'grr', 'arg', 'argh', 'leider nicht', 'leider kein*', 'fassungslos', 'sprachlos', 'hilflos', 'ratlos', 'verzweifelt', 'verwirrt', 'unklar', 'unsicher', 'angst', 'schade drum', 'warum auch immer', 'pech', 'blöd*', 'doof*', 'dumm*', 'bescheuert*', 'idiotisch*', 'sinnlos*', 'nutzlos*', 'zwecklos', 'unnötig*', 'überflüssig*',
        'danke für nichts', 'danke für gar nichts', 'vielen dank für nichts', 'schönen dank auch', 'vielen dank auch', 'danke auch', 'na toll', 'na super', 'na prima', 'na klasse', 'ganz toll', 'ganz großes kino', 'großes kino', 'echt toll', 'super gemacht', 'toll gemacht', 'gut gemacht ... nicht', 'läuft bei euch', 'läuft bei dir', 'herzlichen dank auch', 'bravo ... nicht', 'glückwunsch ... nicht',
      ],
    },
    {
      id: 'de.complaint.rhetorical',
      supports: 'complaint',
      weight: 1.2,
      negated: 'keep',
      patterns: ['warum dauert', 'wieso dauert', 'warum muss ich', 'wieso muss ich', 'warum müssen', 'warum kann man', 'wieso kann man', 'warum kann ich', 'warum ist es so', 'warum ist das so', 'warum gibt es kein*', 'wieso gibt es kein*', 'warum nicht', 'wieso nicht', 'warum klappt', 'warum funktioniert', 'wieso funktioniert', 'wie kann es sein', 'wie kann das sein', 'wie kann man', 'wie könnt ihr', 'wie soll ich', 'wie soll man', 'was soll das', 'was ist los', 'was ist da los', 'was ist bei euch los', 'was ist denn los', 'soll das ein witz', 'ist das euer ernst', 'ist das ihr ernst', 'im ernst', 'echt jetzt', 'wirklich jetzt', 'wer hat sich das ausgedacht', 'geht es noch', 'gehts noch', 'habt ihr sie noch alle', 'seid ihr noch zu retten'],
    },
    { id: 'de.complaint.insult', supports: 'complaint', weight: 1.5, negated: 'keep', patterns: ['idiot*', 'vollidiot*', 'depp*', 'trottel*', 'penner', 'arschloch', 'arschlöcher', 'wichser', 'hurensohn', 'vollpfosten', 'spast*', 'behindert', 'mongo', 'lappen', 'pisser', 'fotze', 'schlampe', 'dreckspack', 'gesindel', 'verbrecher*', 'betrüger*', 'abzocker*', 'versager*', 'luschen', 'amateure', 'stümper*', 'pfuscher*', 'clowns', 'witzfigur*', 'saftladen'] },
    // ---------------------------------------------------------------- praise
    {
      // a disruption that ends is good news: strike over, agreement reached, fault fixed, line reopened
      id: 'de.praise.resolved',
      supports: 'praise',
      weight: 1.2,
      patterns: [
        'streik* beendet', 'streik* ... beendet', 'streik* endet', 'streik* ... endet', 'streik* vorbei', 'streik* ... vom tisch', 'vom tisch', 'ende des streik*', 'ende der streik*', 'streik-abbruch', 'streikende',
        'einigen sich', 'einigt sich', 'einigten sich', 'geeinigt', 'einigung*', '*einigung', 'schlichtung', 'tarifabschluss', 'aufatmen', 'behoben', 'aufgehoben', 'freigegeben', 'wieder frei', 'wieder freigegeben',
        'fährt wieder', 'fahren wieder', 'rollt wieder', 'rollen wieder', 'läuft wieder', 'ohne verspätung', 'ohne ... verspätung', 'keine verspätung', 'einwandfrei', 'problemlos', 'reibungslos', 'besser als', 'fortschritt*', 'verbessert', 'verbesserung*', 'endlich',
      ],
    },
    { id: 'de.praise.thanks-word', supports: 'praise', weight: 0.8, negated: 'none', patterns: ['danke*', 'dank', 'merci', 'thx', 'thanks'] },
    { id: 'de.praise.helped', supports: 'praise', weight: 0.6, patterns: ['geholfen', 'weitergeholfen'] },
    { id: 'de.praise.thanks', supports: 'praise', weight: 1.1, negated: 'none', patterns: ['vielen dank', 'herzlichen dank', 'bedank*', 'dankbar*', 'lob', 'lobe', 'loben', 'gelobt', 'kompliment*', 'respekt', 'hut ab', 'daumen hoch', 'weiter so', 'macht weiter so', 'chapeau', 'bravo', 'glückwunsch*', 'gratul*'] },
    {
      id: 'de.praise.positive',
      supports: 'praise',
      weight: 1.2,
      patterns: [
        'super', 'supi', 'toll', 'tolle', 'tollen', 'toller', 'tolles', 'tollste*', 'klasse', 'prima', 'spitze*', 'genial*', 'großartig*', 'grossartig*', 'wunderbar*', 'wunderschön*', 'lecker*', 'köstlich*', 'hervorragend*', 'ausgezeichnet*', 'perfekt*', 'top', 'erstklassig*', 'empfehl*', 'weiterempfehl*', 'lieben', 'liebt', 'liebe es', 'geliebt', 'mag', 'ich liebe', 'freue', 'freuen', 'freut', 'freude*', 'erfreu*', 'vorfreude', 'begeister*', 'zufrieden*', 'glücklich*', 'beste', 'besten', 'bester', 'bestes',
        'freundlich*', 'nett', 'nette', 'netten', 'netter', 'nettes', 'hilfsbereit*', 'kompetent*', 'zuverlässig*', 'pünktlich*', 'sauber', 'blitzsauber', 'hammer', 'geil*', 'affengeil', 'wow', 'juhu', 'yay', 'fantastisch*', 'phantastisch*', 'traumhaft*', 'himmlisch*', 'sensationell*', 'angenehm*', 'gemütlich*', 'entspannt*', 'fünf sterne', '5 sterne', 'immer wieder gern*', 'gern* wieder', 'jederzeit wieder', 'liebevoll*', 'professionell*', 'unkompliziert*', 'reibungslos*', 'gelungen*', 'schön', 'schöne', 'schönen', 'schöner', 'schönes', 'schönste*', 'wunderhübsch', 'hübsch*',
        'lieblings*', 'genuss', 'genossen', 'genieß*', 'spaß', 'spass', 'schnell*', 'flott', 'flotter', 'flottes', 'zügig*', 'fix', 'einwandfrei*', 'tadellos*', 'vorbildlich*', 'beeindruck*', 'bombe', 'bombastisch', 'grandios*', 'exzellent*', 'optimal*', 'stark', 'starke', 'starker', 'krass', 'cool*', 'lässig', 'knorke', 'urgemütlich', 'fair', 'günstig*', 'preiswert*', 'klasse arbeit', 'gute arbeit', 'tolle arbeit', 'gut gemacht', 'toll gemacht', 'weltklasse', 'bestens', 'wärmstens', 'uneingeschränkt', 'glück', 'zum glück', 'gottseidank', 'gott sei dank', 'endlich wieder', 'gerettet', 'held*', 'engel',
      ],
    },
    {
      // politeness formulas wish something, they do not praise anything ("Schöne Feiertage", "Viel Spaß", "Gute Fahrt")
      id: 'de.other.wish',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      patterns: [
        'schöne* feiertag*', 'schöne* wochenende', 'schöne* tag', 'schöne* abend', 'schöne* sonntag', 'schöne* advent*', 'schöne* urlaub', 'schöne* ferien', 'schöne* weihnacht*', 'schöne* fest', 'schöne* reise', 'schöne* fahrt', 'schöne* zeit', 'schöne* start',
        'viel glück', 'viel spaß', 'viel erfolg', 'gute reise', 'gute fahrt', 'gute nacht', 'gute besserung', 'guten appetit', 'guten rutsch', 'gutes neues', 'frohe* weihnacht*', 'frohe* ostern', 'frohes fest', 'frohes neues', 'kommt gut', 'komm gut',
      ],
    },
    {
      // idioms whose praise word praises nothing: degree ("ganz schön teuer" = quite), concession ("schön und gut, aber"),
      // advice ("am besten fragt ihr …"), haste ("auf die Schnelle", "noch schnell"), the causal preposition ("dank der Baustelle")
      id: 'de.other.idiom',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      patterns: ['ganz schön', 'schön und gut', 'am besten', 'auf die schnelle', 'noch schnell', 'mal schnell', 'schnell mal', 'dank der', 'dank des', 'dank dem', 'dank den'],
    },
    {
      // "Klasse" after an ordinal is a travel or school class, not "klasse!"
      id: 'de.other.category',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      patterns: ['1 klasse', '2 klasse', 'erste klasse', 'ersten klasse', 'erster klasse', 'zweite klasse', 'zweiten klasse', 'zweiter klasse', 'klasse 1', 'klasse 2'],
    },
    { id: 'de.praise.mild', supports: 'praise', weight: 0.6, patterns: ['gut', 'gute', 'guter', 'gutes', 'besser', 'ok', 'okay', 'passt', 'schick', 'fein', 'nice', 'läuft', 'geklappt', 'funktioniert', 'gelöst', 'erledigt', 'repariert', 'hat geklappt', 'hat funktioniert', 'alles gut', 'alles bestens', 'gefällt', 'gefallen', 'lustig', 'witzig'] },
    // ---------------------------------------------------------------- flags
    {
      id: 'de.flag.urgent.legal',
      supports: 'urgent',
      weight: 1.2,
      negated: 'keep',
      patterns: ['anwalt*', 'rechtsanwalt*', '*anwalt', '*anwältin', 'anwält*', 'rechtliche schritte', 'rechtlich*', 'juristisch*', 'klage*', 'verklag*', 'gericht*', 'mahnverfahren', 'polizei', 'anzeige', 'strafanzeige', 'verbraucherzentrale', 'verbraucherschutz', 'schlichtungsstelle', 'ombudsmann', 'bundesnetzagentur', 'gewerbeaufsicht', 'ordnungsamt', 'gesundheitsamt'],
    },
    {
      id: 'de.flag.urgent.safety',
      supports: 'urgent',
      weight: 1.2,
      negated: 'keep',
      patterns: ['gefährlich*', 'gefahr', 'lebensgefahr*', 'lebensgefährlich*', 'unfall*', '*unfall', 'verletz*', 'brand', 'brennt', 'feuer', 'rauch', 'qualm*', 'explodiert', 'stromschlag', 'krankenhaus', 'notarzt', 'rettungswagen', 'notaufnahme', 'allergi*', 'lebensmittelvergiftung', 'vergiftung', 'vergiftet', 'gasgeruch', 'notfall', 'einsturz*', 'eingestürzt', 'glassplitter', 'splitter', 'ratte*', 'mäuse', 'kakerlake*', 'ungeziefer', 'rückruf'],
    },
    {
      id: 'de.flag.urgent.public',
      supports: 'urgent',
      weight: 1.2,
      negated: 'keep',
      // going public is a threat; a newspaper or TV channel merely named (a page being commented on, a report) is not
      patterns: [
        'an die presse', 'zur presse', 'der presse melden', 'presse einschalten', 'presse informieren', 'presse schreiben', 'schreib* ... der presse', 'geh* ... zur presse', 'geh* ... an die presse', 'an die zeitung', 'zur zeitung', 'zeitung einschalten', 'der zeitung schreiben', 'schreib* ... der zeitung',
        'ans fernsehen', 'fernsehen einschalten', 'medien einschalten', 'an die medien', 'öffentlich machen', 'an die öffentlichkeit', 'journalist* einschalten', 'shitstorm', 'schlechte bewertung*', 'negative bewertung*', 'schlechte rezension*', 'bewertung schreiben', 'rezension schreiben', 'google bewertung', 'ein stern', '1 stern', 'null sterne', 'alle warnen', 'warne alle', 'jeden warnen', 'überall erzählen', 'weitererzählen', 'viral',
      ],
    },
    {
      id: 'de.flag.churn',
      supports: 'churn_risk',
      weight: 1.2,
      negated: 'keep',
      patterns: ['kündig*', 'gekündigt', 'kündigung*', 'storn*', 'wechsel* zu', 'wechsel* ... zur konkurrenz', 'konkurrenz', 'anbieter wechseln', 'anbieterwechsel', 'wechsle', 'wechseln', 'gewechselt', 'abo beenden', 'mitgliedschaft beenden', 'vertrag beenden', 'nie wieder', 'nimmer wieder', 'letzte mal', 'letztes mal', 'zum letzten mal', 'ab sofort woanders', 'woanders', 'ehemalige* kunde*', 'kunde gewesen', 'verloren als kunde', 'einen kunden weniger', 'austreten', 'abmelden', 'account löschen', 'konto löschen', 'daten löschen', 'lieber ... auto'],
    },
    {
      id: 'de.flag.abuse',
      supports: 'abuse',
      weight: 1.2,
      negated: 'keep',
      patterns: ['idiot*', 'vollidiot*', 'depp*', 'trottel*', 'penner', 'arschloch', 'arschlöcher', 'wichser', 'hurensohn', 'vollpfosten', 'spast*', 'mongo', 'lappen', 'pisser', 'fotze', 'schlampe', 'dreckspack', 'gesindel', 'halt die fresse', 'halts maul', 'fick dich', 'fickt euch', 'verpiss dich', 'verpisst euch', 'geh sterben', 'verrecke', 'abschaum', 'untermensch*', 'parasit*', 'ungeziefer', 'drecksau', 'wixer', 'missgeburt'],
    },
    {
      id: 'de.flag.spam',
      supports: 'spam',
      weight: 1.2,
      negated: 'keep',
      patterns: ['klick hier', 'klicke hier', 'hier klicken', 'folgt mir', 'folg mir', 'schaut auf meinem profil', 'schaut bei mir', 'link in bio', 'link im profil', 'gewinnspiel*', 'gewinne jetzt', 'jetzt gewinnen', 'gratis', 'kostenlos* testen', 'rabattcode', 'gutscheincode', 'code einlösen', 'geld verdienen', 'nebenverdienst', 'von zuhause arbeiten', 'heimarbeit', 'investiere*', 'investment', 'schreib mir per dm', 'whatsapp', 'telegram', 'abonniert meinen', 'abonniere*'],
    },
    {
      id: 'de.flag.personal-data.id',
      supports: 'personal_data',
      weight: 1.2,
      negated: 'keep',
      patterns: ['bestell* ... <num>', 'auftrag* ... <num>', 'kunde* ... <num>', 'kundennummer ... <num>', 'kundennr ... <num>', 'rechnung* ... <num>', 'vertrag* ... <num>', 'sendung* ... <num>', 'paket* ... <num>', 'buchung* ... <num>', 'vorgang* ... <num>', 'ticket* ... <num>', 'referenz* ... <num>', 'mitglied* ... <num>', 'versicherungsnummer ... <num>', 'meine adresse', 'meine anschrift', 'meine telefonnummer', 'meine handynummer', 'meine nummer', 'meine email', 'meine e-mail', 'mein geburtsdatum', 'wohne in'],
    },
  ],
};
