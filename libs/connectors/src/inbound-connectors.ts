import type { ChannelRef, InboundConnector } from './connector-registry.js';
import type { ParseResult } from './connector.types.js';
import { parseGenericWebhook } from './generic/generic-webhook.js';
import { parseMetaWebhook } from './meta/meta-webhook.js';

export class MetaPageConnector implements InboundConnector {
  readonly kind = 'facebook_page' as const;
  parse(payload: unknown): ParseResult {
    return parseMetaWebhook(payload);
  }
}

export class GenericConnector implements InboundConnector {
  readonly kind = 'generic' as const;
  parse(payload: unknown, channel: ChannelRef, receivedAt: Date): ParseResult {
    return parseGenericWebhook(payload, channel.externalAccountId, receivedAt);
  }
}

export const INBOUND_CONNECTORS: InboundConnector[] = [new MetaPageConnector(), new GenericConnector()];
