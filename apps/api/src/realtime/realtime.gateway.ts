import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayConnection, type OnGatewayDisconnect, type OnGatewayInit } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import type { DataSource } from 'typeorm';
import { AccountsService } from '../../../../libs/accounts/src/accounts.service.js';
import { workspaceRoom, type ClientToServerEvents, type ServerToClientEvents } from '../../../../libs/realtime/src/events.js';
import { TokenService } from '../auth/token.service.js';
import { PresenceStore } from './presence.store.js';

interface SocketData {
  userId: string;
  userName: string | null;
  workspaceIds: string[];
  /** conversation id → workspace id, for the conversations this socket announced */
  viewing: Map<string, string>;
}

type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The realtime inbox. A client connects with `auth: {token}`; a missing or invalid token is
 * refused before the connection opens, and a valid one joins only the rooms of the caller's
 * workspaces (joined in the middleware, so no event can slip in before the rooms are set).
 * Clients announce which conversation they look at and whether they write a reply; everyone in
 * the workspace gets `presence.updated`.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly log = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server!: Server;

  constructor(
    private readonly tokens: TokenService,
    private readonly accounts: AccountsService,
    private readonly presence: PresenceStore,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      void this.authenticate(socket as AppSocket).then(
        () => next(),
        (e: Error) => next(e),
      );
    });
  }

  handleConnection(socket: AppSocket): void {
    socket.emit('ready', { workspaceIds: socket.data.workspaceIds ?? [] });
  }

  async handleDisconnect(socket: AppSocket): Promise<void> {
    const viewing = socket.data.viewing;
    if (!viewing) return;
    for (const [conversationId, workspaceId] of viewing) {
      await this.presence.remove(conversationId, socket.id).catch(() => undefined);
      await this.broadcast(workspaceId, conversationId);
    }
  }

  @SubscribeMessage('presence.view')
  async onView(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<{ ok: boolean; error?: string }> {
    const conversationId = (body as { conversationId?: unknown } | null)?.conversationId;
    const workspaceId = await this.workspaceOf(socket, conversationId);
    if (!workspaceId) return { ok: false, error: 'conversation not found in your workspaces' };
    socket.data.viewing.set(conversationId as string, workspaceId);
    await this.presence.update(conversationId as string, socket.id, { userId: socket.data.userId, name: socket.data.userName }, { view: true });
    await this.broadcast(workspaceId, conversationId as string);
    return { ok: true };
  }

  @SubscribeMessage('presence.leave')
  async onLeave(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<{ ok: boolean }> {
    const conversationId = (body as { conversationId?: unknown } | null)?.conversationId;
    const workspaceId = typeof conversationId === 'string' ? socket.data.viewing.get(conversationId) : undefined;
    if (!workspaceId) return { ok: false };
    socket.data.viewing.delete(conversationId as string);
    await this.presence.remove(conversationId as string, socket.id);
    await this.broadcast(workspaceId, conversationId as string);
    return { ok: true };
  }

  @SubscribeMessage('presence.typing')
  async onTyping(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<{ ok: boolean; error?: string }> {
    const b = body as { conversationId?: unknown; typing?: unknown } | null;
    const workspaceId = await this.workspaceOf(socket, b?.conversationId);
    if (!workspaceId) return { ok: false, error: 'conversation not found in your workspaces' };
    socket.data.viewing.set(b!.conversationId as string, workspaceId);
    await this.presence.update(b!.conversationId as string, socket.id, { userId: socket.data.userId, name: socket.data.userName }, { typing: b?.typing === true });
    await this.broadcast(workspaceId, b!.conversationId as string);
    return { ok: true };
  }

  /** The workspace of a conversation, if the socket's user is a member of it (cached per socket). */
  private async workspaceOf(socket: AppSocket, conversationId: unknown): Promise<string | null> {
    if (typeof conversationId !== 'string' || !UUID.test(conversationId)) return null;
    const known = socket.data.viewing.get(conversationId);
    if (known) return known;
    const [row] = (await this.ds.query(`SELECT workspace_id FROM conversations WHERE id = $1 AND workspace_id = ANY($2::uuid[])`, [conversationId, socket.data.workspaceIds])) as {
      workspace_id: string;
    }[];
    return row?.workspace_id ?? null;
  }

  private async broadcast(workspaceId: string, conversationId: string): Promise<void> {
    const view = await this.presence.get(workspaceId, conversationId);
    this.server.to(workspaceRoom(workspaceId)).emit('presence.updated', view);
  }

  private async authenticate(socket: AppSocket): Promise<void> {
    const auth = socket.handshake.auth as { token?: unknown } | undefined;
    const token = typeof auth?.token === 'string' ? auth.token : undefined;
    const userId = await this.tokens.verify(token);
    if (!userId) throw new Error(token ? 'unauthorized: token invalid or expired' : 'unauthorized: pass auth: {token}');
    const memberships = await this.accounts.memberships(userId);
    const [user] = (await this.ds.query(`SELECT name FROM users WHERE id = $1`, [userId])) as { name: string }[];
    socket.data.userId = userId;
    socket.data.userName = user?.name ?? null;
    socket.data.viewing = new Map();
    socket.data.workspaceIds = memberships.map((m) => m.workspaceId);
    await socket.join(memberships.map((m) => workspaceRoom(m.workspaceId)));
    this.log.debug(`socket ${socket.id} of user ${userId} joined ${memberships.length} workspace room(s)`);
  }
}
