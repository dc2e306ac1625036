import type { ChannelKind, ParseResult } from './connector.types.js';

/** What the ingestion pipeline needs of a channel to parse its payloads. */
export interface ChannelRef {
  id: string;
  kind: ChannelKind;
  externalAccountId: string;
}

/**
 * A platform connector. Inbound parsing is pure; outbound operations (reply, hide, delete)
 * join this interface with the outbound queue.
 */
export interface InboundConnector {
  readonly kind: ChannelKind;
  /**
   * Turns one stored raw event into normalized items; throws PayloadError when unusable as a
   * whole. `receivedAt` (when the delivery was stored) stands in for missing timestamps, so
   * parsing the same stored event again gives the same result.
   */
  parse(payload: unknown, channel: ChannelRef, receivedAt: Date): ParseResult;
}

/** Connectors looked up by channel kind; generic code never switches on the platform. */
export class ConnectorRegistry {
  private readonly byKind = new Map<ChannelKind, InboundConnector>();

  constructor(connectors: InboundConnector[]) {
    for (const c of connectors) {
      if (this.byKind.has(c.kind)) throw new Error(`two connectors registered for channel kind "${c.kind}"`);
      this.byKind.set(c.kind, c);
    }
  }

  get(kind: ChannelKind): InboundConnector {
    const c = this.byKind.get(kind);
    if (!c) throw new Error(`no connector for channel kind "${kind}"`);
    return c;
  }
}
