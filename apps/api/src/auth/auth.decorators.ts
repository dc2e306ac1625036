import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '../../../../libs/db/src/entities/membership.entity.js';

export const PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** The route needs no bearer token (login, health, platform webhooks). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Roles allowed on a route under /workspaces/:workspaceId; without it any member may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface AuthUser {
  id: string;
}

export interface WorkspaceAccess {
  workspaceId: string;
  userId: string;
  role: Role;
}

export interface AuthedRequest {
  user?: AuthUser;
  access?: WorkspaceAccess;
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().user!;
});

/** The caller's membership in the route's workspace, checked by AuthGuard. */
export const Access = createParamDecorator((_: unknown, ctx: ExecutionContext): WorkspaceAccess => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().access!;
});
