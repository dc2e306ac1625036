import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AccountsService } from '../../../../libs/accounts/src/accounts.service.js';
import { ROLES, type Role } from '../../../../libs/db/src/entities/membership.entity.js';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators.js';

export class WorkspaceDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, description: "the caller's role in this workspace" }) role!: Role;
}

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('workspaces')
export class WorkspacesController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOkResponse({ type: [WorkspaceDto], description: "the caller's workspaces" })
  async list(@CurrentUser() user: AuthUser): Promise<WorkspaceDto[]> {
    return (await this.accounts.memberships(user.id)).map((m) => ({ id: m.workspaceId, name: m.name, role: m.role }));
  }
}
