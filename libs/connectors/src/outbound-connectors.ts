/**
 * Outbound side of the connectors: what the worker does on a platform (reply, look for its own
 * reply before retrying, hide/unhide, delete). Generic code asks `OUTBOUND_KINDS` whether a
 * channel kind can do this and `OutboundConnectors.get(kind)` for the connector; it never
 * branches on the platform.
 */
import type { ChannelKind } from './connector.types.js';
import { GraphClient } from './meta/graph-client.js';
import { PlatformError } from './platform-error.js';

export { PlatformError, type PlatformErrorKind } from './platform-error.js';

/** A channel's decrypted credentials, as stored by the channels service. */
export interface OutboundCredentials {
  accessToken?: string;
}

export interface OutboundTarget {
  /** the channel's platform account (Facebook page id) */
  accountId: string;
  credentials: OutboundCredentials;
}

export interface OutboundConnector {
  readonly kind: ChannelKind;
  /** Posts `text` as a reply to the platform item; returns the new item's platform id. */
  reply(to: OutboundTarget, parentExternalId: string, text: string): Promise<{ id: string }>;
  /** Our own reply with this text under the item, posted since `since`, if the platform has it. */
  findOwnReply(to: OutboundTarget, parentExternalId: string, text: string, since: Date): Promise<{ id: string; createdTime: Date } | null>;
  setHidden(to: OutboundTarget, externalId: string, hidden: boolean): Promise<void>;
  /** Idempotent: an item that is gone already counts as deleted. */
  delete(to: OutboundTarget, externalId: string): Promise<void>;
}

/** Facebook Page comments through the Graph API (GraphError extends PlatformError). */
export class MetaPageOutbound implements OutboundConnector {
  readonly kind = 'facebook_page' as const;
  constructor(private readonly graph: GraphClient) {}

  private token(to: OutboundTarget): string {
    if (!to.credentials.accessToken) throw new PlatformError('auth', 'The channel has no page access token. An admin must reconnect the page.');
    return to.credentials.accessToken;
  }

  reply(to: OutboundTarget, parentExternalId: string, text: string) {
    return this.graph.replyToComment(this.token(to), parentExternalId, text);
  }
  findOwnReply(to: OutboundTarget, parentExternalId: string, text: string, since: Date) {
    return this.graph.findOwnReply(this.token(to), parentExternalId, to.accountId, text, since);
  }
  setHidden(to: OutboundTarget, externalId: string, hidden: boolean) {
    return this.graph.setHidden(this.token(to), externalId, hidden);
  }
  delete(to: OutboundTarget, externalId: string) {
    return this.graph.deleteComment(this.token(to), externalId);
  }
}

export interface OutboundOptions {
  metaGraphUrl: string;
  platformTimeoutMs: number;
}

const FACTORIES: Partial<Record<ChannelKind, (o: OutboundOptions) => OutboundConnector>> = {
  facebook_page: (o) => new MetaPageOutbound(new GraphClient({ baseUrl: o.metaGraphUrl, timeoutMs: o.platformTimeoutMs })),
};

/** Channel kinds whose connector can reply, hide and delete. */
export const OUTBOUND_KINDS: ReadonlySet<string> = new Set(Object.keys(FACTORIES));

export class OutboundConnectors {
  private readonly byKind = new Map<string, OutboundConnector>();

  constructor(connectors: OutboundConnector[]) {
    for (const c of connectors) this.byKind.set(c.kind, c);
  }

  static fromConfig(o: OutboundOptions): OutboundConnectors {
    return new OutboundConnectors(Object.values(FACTORIES).map((f) => f!(o)));
  }

  get(kind: string): OutboundConnector | null {
    return this.byKind.get(kind) ?? null;
  }
}
