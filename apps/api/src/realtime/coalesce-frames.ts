/**
 * One socket write per tick for all the WebSocket frames a client gets in that tick.
 *
 * engine.io writes every packet as a WebSocket frame of its own, and each frame is a write
 * system call. The worker publishes the events of an ingest batch together (two per new comment),
 * so the api receives them in one read from Redis and sends them in one tick: under
 * `bench:ingest` the frame writes were the api's largest cost. Corking the client's TCP socket
 * when engine.io flushes packets to it and uncorking it on the next tick turns the frames of that
 * tick into one write. Only the system calls change: the frames, their order and their content
 * stay the same.
 */
import type { Socket as NetSocket } from 'node:net';

interface EngineSocket {
  transport?: { name?: string; socket?: { _socket?: NetSocket | null } };
  on(event: 'flush', listener: () => void): unknown;
}

const corked = new WeakSet<NetSocket>();

function uncork(raw: NetSocket): void {
  corked.delete(raw);
  if (!raw.destroyed) raw.uncork();
}

/** Applies to one engine.io connection (server.engine.on('connection', coalesceFrames)). */
export function coalesceFrames(conn: EngineSocket): void {
  // 'flush': engine.io hands its buffered packets to the transport, which writes each as a frame.
  conn.on('flush', () => {
    // The transport can change (polling upgraded to websocket), so look it up at every flush.
    const raw = conn.transport?.name === 'websocket' ? conn.transport.socket?._socket : null;
    if (!raw || raw.destroyed || corked.has(raw)) return;
    corked.add(raw);
    raw.cork();
    process.nextTick(uncork, raw);
  });
}
