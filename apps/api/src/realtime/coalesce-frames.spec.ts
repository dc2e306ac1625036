import { EventEmitter } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { coalesceFrames } from './coalesce-frames.js';

// A real TCP connection on loopback: what the server side receives, and what the client socket
// still holds back, show whether writes of one tick went out together.
let server: Server;
let client: Socket;
let received = '';

beforeEach(async () => {
  received = '';
  server = createServer((s) => s.on('data', (d) => (received += d.toString())));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  client = connect(port, '127.0.0.1');
  await new Promise<void>((r) => client.once('connect', () => r()));
});

afterEach(async () => {
  client.destroy();
  await new Promise((r) => server.close(r));
});

function engineSocket(transport: string): EventEmitter & { transport: { name: string; socket: { _socket: Socket } } } {
  return Object.assign(new EventEmitter(), { transport: { name: transport, socket: { _socket: client } } });
}

const nextTick = () => new Promise<void>((r) => process.nextTick(r));
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

it('holds the frames written in the tick of a flush back until the next tick, then sends them in order', async () => {
  const conn = engineSocket('websocket');
  coalesceFrames(conn);
  conn.emit('flush');
  client.write('frame-1;');
  client.write('frame-2;');
  conn.emit('flush'); // a second flush in the same tick changes nothing
  client.write('frame-3;');
  expect(client.writableLength).toBe(24);
  await nextTick();
  expect(client.writableLength).toBe(0);
  await until(() => received.length === 24);
  expect(received).toBe('frame-1;frame-2;frame-3;');
});

it('corks again on the flush of a later tick', async () => {
  const conn = engineSocket('websocket');
  coalesceFrames(conn);
  conn.emit('flush');
  client.write('a;');
  await nextTick();
  conn.emit('flush');
  client.write('b;');
  expect(client.writableLength).toBe(2);
  await nextTick();
  await until(() => received.length === 4);
  expect(received).toBe('a;b;');
});

it('leaves other transports and sockets without a flush alone', async () => {
  const polling = engineSocket('polling');
  coalesceFrames(polling);
  polling.emit('flush');
  client.write('x;');
  expect(client.writableLength).toBe(0);
  await until(() => received.length === 2);
  expect(received).toBe('x;');
});
