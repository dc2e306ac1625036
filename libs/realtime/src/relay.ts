/**
 * How processes without a socket.io server (the worker, the api's own background jobs) hand
 * socket events to every api instance: through one Redis channel, with each event already
 * encoded as the socket.io packet the clients receive.
 *
 * One message carries the events of one `RealtimeEmitter.emit()` call (an ingest batch: two
 * events per new comment):
 *
 *     [["workspace:…",412],["workspace:…",1190]]\n2["conversation.created",{…}]2["message.created",{…}]
 *
 * The first line lists each event's room and the length of its packet (in UTF-16 code units);
 * the packets follow, back to back. An api instance cuts them out of the message and writes each
 * to the sockets of its room as it is. Before, each event was a message of its own in
 * socket.io's Redis-adapter format: every api instance parsed the whole payload back into
 * objects, and socket.io then serialised it again for its clients; the two were a fifth of the
 * api's CPU under bench:ingest.
 */

/** The Redis channel of the relay, next to the socket.io adapter's channels under the same key. */
export function relayChannel(key: string): string {
  return `${key}-relay`;
}

/**
 * An EVENT packet to the main namespace, as socket.io-parser encodes `socket.emit(event, payload)`
 * (packet type 2, no namespace, no ack id, then the JSON of [event, payload]). relay.spec.ts
 * checks it against socket.io-parser.
 */
export function encodeEventPacket(event: string, payload: unknown): string {
  return '2' + JSON.stringify([event, payload]);
}

/**
 * A message stays below this many characters; more events go into further messages (Redis
 * disconnects a subscriber whose unread output passes 32 MB by default).
 */
export const MAX_RELAY_MESSAGE = 1 << 20;

/** The relay messages for events in order: [room, socket.io packet] each. */
export function encodeRelayMessages(events: Iterable<readonly [room: string, packet: string]>, max = MAX_RELAY_MESSAGE): string[] {
  const messages: string[] = [];
  let header: [string, number][] = [];
  let body: string[] = [];
  let size = 0;
  const flush = () => {
    if (header.length === 0) return;
    messages.push(JSON.stringify(header) + '\n' + body.join(''));
    header = [];
    body = [];
    size = 0;
  };
  for (const [room, packet] of events) {
    const cost = packet.length + room.length + 16;
    if (size + cost > max) flush();
    header.push([room, packet.length]);
    body.push(packet);
    size += cost;
  }
  flush();
  return messages;
}

export class RelayFormatError extends Error {}

/** Calls `deliver` for each event of a relay message, in order. */
export function forEachRelayed(message: string, deliver: (room: string, packet: string) => void): void {
  const nl = message.indexOf('\n');
  if (nl < 0) throw new RelayFormatError('relay message without a header line');
  let header: unknown;
  try {
    header = JSON.parse(message.slice(0, nl));
  } catch {
    throw new RelayFormatError('relay message with an unreadable header');
  }
  if (!Array.isArray(header)) throw new RelayFormatError('relay header is not a list');
  let pos = nl + 1;
  const parts: [string, string][] = [];
  for (const entry of header) {
    const [room, length] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (typeof room !== 'string' || typeof length !== 'number' || !Number.isInteger(length) || length < 0 || pos + length > message.length) {
      throw new RelayFormatError('relay header does not match its packets');
    }
    parts.push([room, message.slice(pos, pos + length)]);
    pos += length;
  }
  if (pos !== message.length) throw new RelayFormatError('relay header does not match its packets');
  // Checked whole before anything is delivered: a damaged message delivers nothing.
  for (const [room, packet] of parts) deliver(room, packet);
}
