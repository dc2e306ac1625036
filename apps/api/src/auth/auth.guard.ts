import { ForbiddenException, Injectable, NotFoundException, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccountsService } from '../../../../libs/accounts/src/accounts.service.js';
import type { Role } from '../../../../libs/db/src/entities/membership.entity.js';
import { PUBLIC_KEY, ROLES_KEY, type AuthedRequest } from './auth.decorators.js';
import { TokenService } from './token.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Guards every route (registered globally): a valid bearer token, and for routes under
 * /workspaces/:workspaceId a membership in that workspace with an allowed role. A workspace the
 * caller doesn't belong to answers 404, so its existence isn't revealed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    // Sockets authenticate in the gateway's handshake middleware (and stay in their rooms).
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const header = req.headers['authorization'];
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const userId = await this.tokens.verify(token);
    if (!userId) throw new UnauthorizedException(token ? 'bearer token is invalid or expired; log in again' : 'missing bearer token (Authorization: Bearer <token>)');
    req.user = { id: userId };

    const workspaceId = req.params?.workspaceId;
    if (workspaceId !== undefined) {
      if (!UUID.test(workspaceId)) throw new NotFoundException(`workspace ${workspaceId} not found`);
      const m = await this.accounts.membership(userId, workspaceId);
      if (!m) throw new NotFoundException(`workspace ${workspaceId} not found`);
      const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
      if (roles && !roles.includes(m.role)) {
        throw new ForbiddenException(`this needs the role ${roles.join(' or ')}; you are ${m.role} in this workspace`);
      }
      req.access = { workspaceId, userId, role: m.role };
    }
    return true;
  }
}
