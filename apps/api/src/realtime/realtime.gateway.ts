import { Logger } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AccountsService } from '../../../../libs/accounts/src/accounts.service.js';
import { workspaceRoom, type ServerToClientEvents } from '../../../../libs/realtime/src/events.js';
import { TokenService } from '../auth/token.service.js';

type AppSocket = Socket<Record<string, never>, ServerToClientEvents, Record<string, never>, { userId: string; workspaceIds: string[] }>;

/**
 * The realtime inbox. A client connects with `auth: {token}`; a missing or invalid token is
 * refused before the connection opens, and a valid one joins only the rooms of the caller's
 * workspaces (joined in the middleware, so no event can slip in before the rooms are set).
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly log = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server!: Server;

  constructor(
    private readonly tokens: TokenService,
    private readonly accounts: AccountsService,
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

  private async authenticate(socket: AppSocket): Promise<void> {
    const auth = socket.handshake.auth as { token?: unknown } | undefined;
    const token = typeof auth?.token === 'string' ? auth.token : undefined;
    const userId = await this.tokens.verify(token);
    if (!userId) throw new Error(token ? 'unauthorized: token invalid or expired' : 'unauthorized: pass auth: {token}');
    const memberships = await this.accounts.memberships(userId);
    socket.data.userId = userId;
    socket.data.workspaceIds = memberships.map((m) => m.workspaceId);
    await socket.join(memberships.map((m) => workspaceRoom(m.workspaceId)));
    this.log.debug(`socket ${socket.id} of user ${userId} joined ${memberships.length} workspace room(s)`);
  }
}
