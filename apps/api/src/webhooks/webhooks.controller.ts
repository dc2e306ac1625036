import {
  BadRequestException,
  Controller,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  ServiceUnavailableException,
  UnauthorizedException,
  ForbiddenException,
  Logger,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { parseGenericWebhook, verifyGenericSignature } from '../../../../libs/connectors/src/generic/generic-webhook.js';
import { metaAccountIds, metaHandshake, splitMetaPayloadByAccount, verifyMetaSignature } from '../../../../libs/connectors/src/meta/meta-webhook.js';
import { PayloadError } from '../../../../libs/connectors/src/generic/payload-error.js';
import { IntakeBatcher } from '../../../../libs/ingest/src/intake-batcher.js';
import { dedupeKey, type NewInboundEvent } from '../../../../libs/ingest/src/intake.service.js';
import { Public } from '../auth/auth.decorators.js';
import { ChannelsService } from '../channels/channels.service.js';

interface RawRequest {
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

function rawBody(req: RawRequest): Buffer {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new BadRequestException('empty body: send a JSON document');
  return req.body;
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (e) {
    throw new BadRequestException(`body is not valid JSON: ${(e as Error).message}`);
  }
}

function header(req: RawRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Platform webhooks. Each delivery is verified over its raw bytes, stored durably and enqueued
 * before it is acknowledged; parsing into comments happens in the worker.
 */
@ApiTags('webhooks')
@Public()
@Controller('webhooks')
export class WebhooksController {
  private readonly log = new Logger(WebhooksController.name);

  constructor(
    private readonly channels: ChannelsService,
    private readonly intake: IntakeBatcher,
  ) {}

  @Get('meta')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: "Meta's subscription handshake (hub.mode, hub.verify_token, hub.challenge)" })
  @ApiOkResponse({ description: 'the challenge, as plain text' })
  async metaHandshake(@Query() query: Record<string, unknown>): Promise<string> {
    const tokens = (await this.channels.allOfKind('facebook_page')).map((c) => c.credentials.verifyToken).filter((t): t is string => !!t);
    const r = metaHandshake(query, tokens);
    if (!r.ok) throw new ForbiddenException(r.reason);
    return r.challenge;
  }

  @Post('meta')
  @HttpCode(200)
  @ApiOperation({ summary: 'Meta webhook events (object "page": feed comments), signed with X-Hub-Signature-256' })
  @ApiOkResponse({ description: 'stored and queued' })
  @ApiBadRequestResponse({ description: 'not JSON, or not a Meta webhook payload' })
  @ApiUnauthorizedResponse({ description: 'signature missing or wrong' })
  async meta(@Req() req: RawRequest): Promise<{ received: number; unknownAccounts: string[] }> {
    const raw = rawBody(req);
    const payload = parseJson(raw);
    let accountIds: string[];
    let parts: Map<string, unknown>;
    try {
      accountIds = metaAccountIds(payload);
      parts = splitMetaPayloadByAccount(payload);
    } catch (e) {
      if (e instanceof PayloadError) throw new BadRequestException(e.message);
      throw e;
    }
    const channels = await this.channels.byAccounts('facebook_page', accountIds);
    const unknownAccounts = accountIds.filter((id) => !channels.has(id));
    if (channels.size === 0) {
      throw new NotFoundException(`no connected facebook_page channel for page id ${accountIds.join(', ') || '(none in payload)'}: connect the page first`);
    }
    const signature = header(req, 'x-hub-signature-256');
    for (const { credentials } of channels.values()) {
      if (!verifyMetaSignature(raw, signature, credentials.appSecret ?? '')) {
        throw new UnauthorizedException(signature ? 'X-Hub-Signature-256 does not match the body and the app secret' : 'missing X-Hub-Signature-256 header');
      }
    }
    const bodyHash = dedupeKey(raw);
    const events = [...channels.values()].map(({ channel }) => ({
      workspaceId: channel.workspaceId,
      channelId: channel.id,
      dedupeKey: dedupeKey('meta', channel.id, bodyHash),
      source: 'webhook' as const,
      payload: parts.get(channel.externalAccountId),
    }));
    await this.accept(events);
    if (unknownAccounts.length > 0) this.log.warn(`meta webhook for unconnected page(s) ${unknownAccounts.join(', ')} ignored`);
    return { received: events.length, unknownAccounts };
  }

  @Post('generic/:channelId')
  @HttpCode(202)
  @ApiOperation({ summary: 'One comment or an array of comments from any source, signed with X-Signature-256 (see README)' })
  @ApiAcceptedResponse({ description: 'stored and queued; rejected lists entries that could not be used, with reasons' })
  @ApiBadRequestResponse({ description: 'not JSON, not a comment or array of comments, or no usable entry' })
  @ApiUnauthorizedResponse({ description: 'signature missing or wrong' })
  async generic(
    @Param('channelId', ParseUUIDPipe) channelId: string,
    @Req() req: RawRequest,
  ): Promise<{ accepted: number; rejected: { path: string; reason: string }[]; duplicate: boolean }> {
    const raw = rawBody(req);
    const found = await this.channels.byId(channelId);
    if (!found || found.channel.kind !== 'generic') throw new NotFoundException(`no generic channel ${channelId}`);
    const signature = header(req, 'x-signature-256');
    if (!verifyGenericSignature(raw, signature, found.credentials.webhookSecret ?? '')) {
      throw new UnauthorizedException(signature ? 'X-Signature-256 does not match the body and the channel secret' : 'missing X-Signature-256 header');
    }
    const payload = parseJson(raw);
    let parsed;
    try {
      parsed = parseGenericWebhook(payload, found.channel.externalAccountId);
    } catch (e) {
      if (e instanceof PayloadError) throw new BadRequestException(e.message);
      throw e;
    }
    if (parsed.items.length === 0) {
      throw new BadRequestException({ message: 'no usable entry in the body', rejected: parsed.rejected });
    }
    const [stored] = await this.accept([
      {
        workspaceId: found.channel.workspaceId,
        channelId: found.channel.id,
        dedupeKey: dedupeKey('generic', found.channel.id, raw),
        source: 'webhook',
        payload,
      },
    ]);
    return { accepted: parsed.items.length, rejected: parsed.rejected, duplicate: stored?.duplicate ?? false };
  }

  private async accept(events: NewInboundEvent[]) {
    try {
      return await this.intake.submit(events);
    } catch (e) {
      this.log.error(`could not store or enqueue a webhook delivery: ${(e as Error).message}`);
      // The platform retries; a stored event is re-enqueued by the redelivery or the worker's sweep.
      throw new ServiceUnavailableException('the delivery could not be stored or queued; retry later');
    }
  }
}
