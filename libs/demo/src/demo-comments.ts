/**
 * Demo comments on a bakery's Facebook page, in Meta's webhook shape. Written for the demo;
 * a mix of what such a page gets: questions, complaints (some justified, some angry), praise,
 * replies, the page's own answers, an edit and a removal.
 */
export interface DemoComment {
  id: string;
  post: number;
  parent?: string;
  from: [string, string];
  text: string;
  minutesAgo: number;
  verb?: 'add' | 'edited' | 'remove';
  page?: boolean;
}

export const DEMO_PAGE_ID = '100000000000001';
export const DEMO_PAGE_NAME = 'Bäckerei Sonnenschein';

export const DEMO_POSTS: Record<number, string> = {
  1: 'Ab Montag gibt es bei uns wieder Dinkel-Vollkornbrot – frisch aus dem Steinofen!',
  2: 'Unsere neue Filiale am Marktplatz öffnet am Samstag. Wir freuen uns auf Sie!',
  3: 'Weihnachtsstollen jetzt vorbestellen – online oder in jeder Filiale.',
  4: 'We now ship our Christmas stollen across Europe. Order online!',
};

export const DEMO_COMMENTS: DemoComment[] = [
  { id: 'c01', post: 1, from: ['u01', 'Anna Becker'], text: 'Habt ihr das Dinkelbrot auch ohne Sonnenblumenkerne?', minutesAgo: 2900 },
  { id: 'c02', post: 1, from: ['u02', 'Thomas Krüger'], text: 'Das beste Brot der Stadt, danke! 😍', minutesAgo: 2800 },
  { id: 'c03', post: 1, from: ['u03', 'Petra Schmidt'], text: 'Seit drei Wochen bekomme ich samstags kein Vollkornbrot mehr, weil um 9 Uhr schon alles weg ist. Das ärgert mich wirklich.', minutesAgo: 2700 },
  { id: 'c03r1', post: 1, parent: 'c03', from: [DEMO_PAGE_ID, DEMO_PAGE_NAME], text: 'Liebe Frau Schmidt, danke für den Hinweis – das tut uns leid. Wir backen ab nächstem Samstag eine zweite Runde um 10 Uhr.', minutesAgo: 2600, page: true },
  { id: 'c03r2', post: 1, parent: 'c03', from: ['u03', 'Petra Schmidt'], text: 'Danke, das probiere ich aus!', minutesAgo: 2500 },
  { id: 'c04', post: 1, from: ['u04', 'Jonas Weber'], text: 'Gibt es das Brot auch in der Filiale in der Bahnhofstraße?', minutesAgo: 1500 },
  { id: 'c05', post: 1, from: ['u05', 'Sabine Hoffmann'], text: 'Toller Service... nicht. Zweimal bestellt, zweimal falsch geliefert.', minutesAgo: 1400 },
  { id: 'c06', post: 2, from: ['u06', 'Michael Wagner'], text: 'Wie lange hat die neue Filiale sonntags geöffnet?', minutesAgo: 1300 },
  { id: 'c07', post: 2, from: ['u07', 'Laura Schulz'], text: 'Endlich eine Filiale bei uns in der Nähe! Wir kommen am Samstag vorbei 🥐', minutesAgo: 1250 },
  { id: 'c08', post: 2, from: ['u08', 'Stefan Fischer'], text: 'Warum dauert der Umbau eigentlich so lange?! Die Baustelle blockiert seit Monaten den Gehweg.', minutesAgo: 1200 },
  { id: 'c09', post: 2, from: ['u09', 'Julia Meyer'], text: 'Sind die Filialen barrierefrei? Meine Mutter sitzt im Rollstuhl.', minutesAgo: 1100 },
  { id: 'c09r1', post: 2, parent: 'c09', from: [DEMO_PAGE_ID, DEMO_PAGE_NAME], text: 'Liebe Frau Meyer, ja: der Eingang am Marktplatz ist ebenerdig, und eine Rampe gibt es auch in der Bahnhofstraße.', minutesAgo: 1050, page: true },
  { id: 'c10', post: 2, from: ['u10', 'Kevin Braun'], text: 'Ich warte immer noch auf eine Antwort auf meine E-Mail vom 3. November. Niemand meldet sich!', minutesAgo: 900 },
  { id: 'c11', post: 3, from: ['u11', 'Monika Richter'], text: 'Kann ich den Stollen auch telefonisch vorbestellen?', minutesAgo: 800 },
  { id: 'c12', post: 3, from: ['u12', 'Andreas Klein'], text: 'Der Stollen letztes Jahr war trocken und viel zu teuer. Nie wieder.', minutesAgo: 700 },
  { id: 'c13', post: 3, from: ['u13', 'Claudia Wolf'], text: 'Meine Bestellnummer ist 4711-2025, bitte ruft mich an unter 0171 2345678, der Stollen kam zerbrochen an.', minutesAgo: 650 },
  { id: 'c14', post: 3, from: ['u14', 'Frank Neumann'], text: 'Ihr seid die Besten! Der Mohnstollen ist ein Traum.', minutesAgo: 600 },
  { id: 'c15', post: 3, from: ['u15', 'Sandra Schwarz'], text: 'Gibt es den Stollen auch glutenfrei? Ich wüsste gern, welche Zutaten drin sind.', minutesAgo: 560 },
  { id: 'c16', post: 3, from: ['u16', 'Markus Zimmermann'], text: 'Wenn das mit der Lieferung nicht bis Freitag klappt, gehe ich zum Anwalt.', minutesAgo: 500 },
  { id: 'c17', post: 3, from: ['u17', 'Nicole Hartmann'], text: 'Stollen war super, aber die Lieferung hat zwei Wochen gedauert. Das geht besser.', minutesAgo: 450 },
  { id: 'c18', post: 3, from: ['u18', 'Tobias Krause'], text: 'Danke für nichts. Drei Anrufe, keiner geht ran.', minutesAgo: 400 },
  { id: 'c19', post: 3, from: ['u19', 'Gewinnspiel Team'], text: 'GRATIS iPhone!!! Klick hier ➡️ http://gewinn-jetzt.example/free und gewinne sofort!!!', minutesAgo: 380 },
  { id: 'c20', post: 4, from: ['u20', 'Emily Johnson'], text: 'Do you ship to Ireland? And how long does delivery take?', minutesAgo: 360 },
  { id: 'c21', post: 4, from: ['u21', 'James Smith'], text: 'Ordered two weeks ago and still waiting. No reply to my emails. I want a refund.', minutesAgo: 340 },
  { id: 'c22', post: 4, from: ['u22', 'Olivia Brown'], text: 'Absolutely delicious, best stollen I have ever had. Thank you! ❤️', minutesAgo: 320 },
  { id: 'c23', post: 4, from: ['u23', 'Liam Davis'], text: 'Great job 🙄 the box arrived crushed again.', minutesAgo: 300 },
  { id: 'c24', post: 4, from: ['u24', 'Sophie Wilson'], text: 'I was wondering if you have a vegan version of the stollen.', minutesAgo: 280 },
  { id: 'c25', post: 4, from: ['u25', 'Noah Taylor'], text: 'Not bad at all, will order again for the whole family.', minutesAgo: 260 },
  { id: 'c26', post: 4, from: ['u26', 'Mia Anderson'], text: 'Cancel my subscription, I am switching to another bakery. Never again.', minutesAgo: 240 },
  { id: 'c27', post: 4, from: ['u27', 'Ethan Thomas'], text: 'Is there a discount for orders of more than ten stollen for our office?', minutesAgo: 220 },
  { id: 'c28', post: 1, from: ['u28', 'Heike Lange'], text: 'Kein Problem, ich hole es dann halt morgen. Trotzdem danke für die nette Beratung!', minutesAgo: 200 },
  { id: 'c29', post: 2, from: ['u29', 'Dirk Schmitt'], text: 'Die Verkäuferin heute früh war richtig unfreundlich. So behandelt man keine Stammkunden.', minutesAgo: 180 },
  { id: 'c30', post: 2, from: ['u30', 'Katrin Vogel'], text: 'Wann gibt es wieder die Nussecken? Die vermisse ich so sehr!', minutesAgo: 150 },
  { id: 'c31', post: 1, from: ['u31', 'Oliver König'], text: 'Schmeckt suuuuper, meine Kinder lieben es 👍', minutesAgo: 120 },
  { id: 'c32', post: 4, from: ['u32', 'Grace Miller'], text: 'The app does not work, I cannot finish my order. Can someone help?', minutesAgo: 90 },
  { id: 'c33', post: 3, from: ['u33', 'Uwe Peters'], text: 'Bitte meldet euch bei mir, ich habe eine Frage zur Rechnung.', minutesAgo: 60 },
  { id: 'c34', post: 3, from: ['u34', 'Bernd Koch'], text: 'Das Brot war heute völlig verbrannt.', minutesAgo: 45 },
  { id: 'c34', post: 3, from: ['u34', 'Bernd Koch'], text: 'Das Brot war heute völlig verbrannt. Und auf meine Nachricht hat auch keiner reagiert.', minutesAgo: 40, verb: 'edited' },
  { id: 'c35', post: 2, from: ['u35', 'Gerd Sauer'], text: 'Total überteuert, ihr Abzocker.', minutesAgo: 30 },
  { id: 'c35', post: 2, from: ['u35', 'Gerd Sauer'], text: '', minutesAgo: 20, verb: 'remove' },
  { id: 'c36', post: 1, from: ['u36', 'Lena Schäfer'], text: 'Habt ihr am Feiertag geöffnet?', minutesAgo: 10 },
];

/** The demo comments as Meta feed webhook payloads, in batches as Meta sends them. */
export function demoMetaPayloads(now: Date, batchSize = 10): unknown[] {
  const changes = DEMO_COMMENTS.map((c) => {
    const postId = `${DEMO_PAGE_ID}_${c.post}`;
    const value: Record<string, unknown> = {
      item: 'comment',
      verb: c.verb ?? 'add',
      comment_id: `${postId}_${c.id}`,
      post_id: postId,
      parent_id: c.parent ? `${postId}_${c.parent}` : postId,
      created_time: Math.floor(now.getTime() / 1000) - c.minutesAgo * 60,
      from: { id: c.from[0], name: c.from[1] },
      post: { id: postId, status_type: 'added_photos', is_published: true, permalink_url: `https://www.facebook.com/${DEMO_PAGE_ID}/posts/${c.post}`, message: DEMO_POSTS[c.post] },
    };
    if (c.verb !== 'remove') value.message = c.text;
    return { field: 'feed', value };
  });
  const payloads: unknown[] = [];
  for (let i = 0; i < changes.length; i += batchSize) {
    payloads.push({ object: 'page', entry: [{ id: DEMO_PAGE_ID, time: Math.floor(now.getTime() / 1000), changes: changes.slice(i, i + batchSize) }] });
  }
  return payloads;
}
