import { Decoder, Encoder, PacketType } from 'socket.io-parser';
import { encodeEventPacket, encodeRelayMessages, forEachRelayed, RelayFormatError } from './relay.js';

const collect = (message: string) => {
  const out: [string, string][] = [];
  forEachRelayed(message, (room, packet) => out.push([room, packet]));
  return out;
};

describe('relay', () => {
  it('encodes an event as socket.io-parser does, and clients decode it back', async () => {
    const payload = { id: 'c1', text: 'Zeile 1\nZeile 2 "zitiert" \\ 🙄 ü\u2028', n: 1.5, none: null, list: [1, 'a'] };
    const packet = encodeEventPacket('message.created', payload);
    expect([packet]).toEqual(new Encoder().encode({ type: PacketType.EVENT, nsp: '/', data: ['message.created', payload] }));
    const decoded = new Promise((resolve) => {
      const d = new Decoder();
      d.on('decoded', resolve);
      d.add(packet);
    });
    await expect(decoded).resolves.toEqual({ type: PacketType.EVENT, nsp: '/', data: ['message.created', payload] });
  });

  it('carries the events of a call in order, with their rooms, through one message', () => {
    const events: [string, string][] = [
      ['workspace:a', encodeEventPacket('conversation.created', { id: 1, text: 'line\nbreak' })],
      ['workspace:b', encodeEventPacket('message.created', { text: '👍 emoji and ümlaut' })],
      ['workspace:a', encodeEventPacket('message.created', { text: '' })],
    ];
    const messages = encodeRelayMessages(events);
    expect(messages).toHaveLength(1);
    expect(collect(messages[0]!)).toEqual(events);
  });

  it('splits a large batch into messages below the limit, losing nothing', () => {
    const events = Array.from({ length: 50 }, (_, i) => [`workspace:${i % 3}`, encodeEventPacket('message.created', { i, text: 'x'.repeat(100) })] as [string, string]);
    const messages = encodeRelayMessages(events, 1000);
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(1000 + 200);
    expect(messages.flatMap(collect)).toEqual(events);
    // an event larger than the limit still travels, alone
    const big: [string, string] = ['workspace:x', encodeEventPacket('message.created', { text: 'y'.repeat(5000) })];
    expect(encodeRelayMessages([events[0]!, big, events[1]!], 1000).map(collect)).toEqual([[events[0]], [big], [events[1]]]);
  });

  it('encodes nothing for no events', () => {
    expect(encodeRelayMessages([])).toEqual([]);
  });

  it('delivers nothing of a damaged message', () => {
    const [message] = encodeRelayMessages([
      ['workspace:a', encodeEventPacket('a', 1)],
      ['workspace:b', encodeEventPacket('b', 2)],
    ]);
    const delivered: string[] = [];
    const deliver = (room: string) => delivered.push(room);
    for (const bad of [message!.slice(0, -1), message! + 'x', 'no header', '{"not":"a list"}\n', '[["r",-1]]\n', '[["r",1.5]]\nxx', '[[1,1]]\nx', '[broken\n2[]']) {
      expect(() => forEachRelayed(bad, deliver)).toThrow(RelayFormatError);
    }
    expect(delivered).toEqual([]);
  });
});
