import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CHANNEL_KINDS, type ChannelKind } from '../../../../libs/connectors/src/connector.types.js';
import type { ChannelEntity } from '../../../../libs/db/src/entities/channel.entity.js';
import { Access, Roles, type WorkspaceAccess } from '../auth/auth.decorators.js';
import { ChannelsService, type ChannelCredentials } from './channels.service.js';

export class ChannelCredentialsDto implements ChannelCredentials {
  @ApiPropertyOptional({ description: 'facebook_page: the Meta app secret (signs webhooks)' })
  @IsOptional() @IsString() @MinLength(8) @MaxLength(500)
  appSecret?: string;

  @ApiPropertyOptional({ description: 'facebook_page: the verify token you enter in the Meta app dashboard' })
  @IsOptional() @IsString() @MinLength(8) @MaxLength(500)
  verifyToken?: string;

  @ApiPropertyOptional({ description: 'facebook_page: a page access token (for replies)' })
  @IsOptional() @IsString() @MaxLength(2000)
  accessToken?: string;

  @ApiPropertyOptional({ description: 'generic: the shared secret that signs X-Signature-256 (at least 16 characters)' })
  @IsOptional() @IsString() @MinLength(16) @MaxLength(500)
  webhookSecret?: string;
}

export class CreateChannelDto {
  @ApiProperty({ enum: CHANNEL_KINDS })
  @IsIn(CHANNEL_KINDS as ChannelKind[])
  kind!: ChannelKind;

  @ApiProperty({ example: 'Bäckerei Sonnenschein (Facebook)' })
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'the platform id of the account: the Facebook page id; any stable id for generic' })
  @IsString() @MinLength(1) @MaxLength(200)
  externalAccountId!: string;

  @ApiProperty({ type: ChannelCredentialsDto })
  @IsObject() @ValidateNested() @Type(() => ChannelCredentialsDto)
  credentials!: ChannelCredentialsDto;
}

export class ChannelDto {
  @ApiProperty() id!: string;
  @ApiProperty() workspaceId!: string;
  @ApiProperty({ enum: CHANNEL_KINDS }) kind!: ChannelKind;
  @ApiProperty() name!: string;
  @ApiProperty() externalAccountId!: string;
  @ApiProperty({ enum: ['ok', 'needs_reauth', 'rate_limited'] }) health!: string;
  @ApiProperty({ description: 'where the platform delivers webhooks for this channel' }) webhookPath!: string;
  @ApiProperty() createdAt!: string;
}

function toDto(c: ChannelEntity): ChannelDto {
  return {
    id: c.id,
    workspaceId: c.workspaceId,
    kind: c.kind,
    name: c.name,
    externalAccountId: c.externalAccountId,
    health: c.health,
    webhookPath: c.kind === 'facebook_page' ? '/api/webhooks/meta' : `/api/webhooks/generic/${c.id}`,
    createdAt: c.createdAt.toISOString(),
  };
}

const REQUIRED: Record<ChannelKind, (keyof ChannelCredentials)[]> = {
  facebook_page: ['appSecret', 'verifyToken'],
  generic: ['webhookSecret'],
};

@ApiTags('channels')
@ApiBearerAuth()
@Controller('workspaces/:workspaceId/channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: ChannelDto, description: 'the connected channel; secrets are stored encrypted and never returned' })
  async create(@Access() access: WorkspaceAccess, @Body() body: CreateChannelDto): Promise<ChannelDto> {
    const missing = REQUIRED[body.kind].filter((k) => !body.credentials[k]);
    if (missing.length > 0) throw new BadRequestException(`a ${body.kind} channel needs credentials.${missing.join(' and credentials.')}`);
    return toDto(await this.channels.create(access.workspaceId, body));
  }

  @Get()
  @ApiOkResponse({ type: [ChannelDto] })
  async list(@Access() access: WorkspaceAccess): Promise<ChannelDto[]> {
    return (await this.channels.list(access.workspaceId)).map(toDto);
  }

  @Get(':channelId')
  @ApiOkResponse({ type: ChannelDto })
  async get(@Access() access: WorkspaceAccess, @Param('channelId', ParseUUIDPipe) id: string): Promise<ChannelDto> {
    return toDto(await this.channels.get(access.workspaceId, id));
  }

  @Put(':channelId/credentials')
  @Roles('admin')
  @ApiOkResponse({ type: ChannelDto, description: 'reconnect: replaces the given credentials (others are kept) and marks the channel healthy again; audited' })
  async reconnect(@Access() access: WorkspaceAccess, @Param('channelId', ParseUUIDPipe) id: string, @Body() body: ChannelCredentialsDto): Promise<ChannelDto> {
    return toDto(await this.channels.updateCredentials(access.workspaceId, id, body, access.userId));
  }
}
