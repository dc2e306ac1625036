import { BadRequestException, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LABELS, type Label } from '../../../../libs/classifier/src/classifier.types.js';
import { CursorError, InboxRepository, type ConversationDetail } from '../../../../libs/inbox/src/inbox.repository.js';
import type { ConversationStatus, ConversationSummary, Direction, PlatformState } from '../../../../libs/realtime/src/events.js';
import { Access, type WorkspaceAccess } from '../auth/auth.decorators.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ModerationService } from '../../../../libs/workflow/src/moderation.service.js';
import { RepliesService } from '../../../../libs/workflow/src/replies.service.js';
import { WorkflowService } from '../../../../libs/workflow/src/workflow.service.js';
import { CritiqueViewDto, ModerationViewDto, NoteViewDto, ReplyViewDto } from '../workflow/workflow.dto.js';

const STATUSES: ConversationStatus[] = ['open', 'answered', 'resolved'];
const csv = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

export class ListConversationsQuery {
  @ApiPropertyOptional({ description: 'comma-separated: open,answered,resolved', example: 'open' })
  @IsOptional() @Transform(csv) @IsIn(STATUSES, { each: true })
  status?: ConversationStatus[];

  @ApiPropertyOptional({ description: 'comma-separated: complaint,question,praise,other', example: 'complaint,question' })
  @IsOptional() @Transform(csv) @IsIn(LABELS as Label[], { each: true })
  label?: Label[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  channelId?: string;

  @ApiPropertyOptional({ description: "a user id, or 'none' for unassigned" })
  @IsOptional() @ValidateIf((o: ListConversationsQuery) => o.assignee !== 'none') @IsUUID()
  assignee?: string;

  @ApiPropertyOptional({ description: 'full-text search (German and English stemming; "quotes", OR, -not)', example: 'Lieferung' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ['newest', 'longest_waiting'], default: 'newest' })
  @IsOptional() @IsIn(['newest', 'longest_waiting'])
  sort?: 'newest' | 'longest_waiting';

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;
}

class LastMessageDto {
  @ApiProperty() id!: string;
  @ApiProperty() externalId!: string;
  @ApiProperty({ nullable: true, description: 'untrusted text from the public: escape when shown' }) text!: string | null;
  @ApiProperty({ enum: ['inbound', 'outbound'] }) direction!: Direction;
  @ApiProperty({ enum: ['visible', 'hidden', 'removed_by_author', 'deleted_by_us'] }) platformState!: PlatformState;
  @ApiProperty() sentAt!: string;
  @ApiProperty({ nullable: true }) authorName!: string | null;
}

export class ConversationSummaryDto implements ConversationSummary {
  @ApiProperty() id!: string;
  @ApiProperty() workspaceId!: string;
  @ApiProperty() channelId!: string;
  @ApiProperty({ description: 'platform id of the top-level comment' }) rootExternalId!: string;
  @ApiProperty({ enum: STATUSES }) status!: ConversationStatus;
  @ApiProperty({ enum: LABELS, description: 'highest priority among unanswered inbound messages' }) label!: Label;
  @ApiProperty({ nullable: true }) assigneeId!: string | null;
  @ApiProperty() messageCount!: number;
  @ApiProperty() lastMessageAt!: string;
  @ApiProperty({ nullable: true, description: 'oldest unanswered inbound message; null when nothing waits' }) waitingSince!: string | null;
  @ApiProperty({ nullable: true, description: 'first public reply by the team; hiding, deleting and notes never count' }) firstResponseAt!: string | null;
  @ApiProperty({ nullable: true, description: 'user who sent the first response; null when answered on the platform itself' }) firstResponseBy!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: LastMessageDto, nullable: true }) lastMessage!: LastMessageDto | null;
}

export class ConversationPageDto {
  @ApiProperty({ type: [ConversationSummaryDto] }) items!: ConversationSummaryDto[];
  @ApiProperty({ nullable: true, description: 'pass as cursor for the next page; null on the last page' }) nextCursor!: string | null;
}

class ReasonDto {
  @ApiProperty() ruleId!: string;
  @ApiProperty() supports!: string;
  @ApiProperty() weight!: number;
  @ApiProperty({ type: [String] }) matched!: string[];
}

class EditDto {
  @ApiProperty({ nullable: true }) previousText!: string | null;
  @ApiProperty({ nullable: true }) newText!: string | null;
  @ApiProperty() editedAt!: string;
}

class AuthorDto {
  @ApiProperty() id!: string;
  @ApiProperty() externalId!: string;
  @ApiProperty({ nullable: true }) name!: string | null;
}

class MessageDto {
  @ApiProperty() id!: string;
  @ApiProperty() externalId!: string;
  @ApiProperty({ nullable: true }) parentExternalId!: string | null;
  @ApiProperty({ enum: ['inbound', 'outbound'] }) direction!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ type: AuthorDto, nullable: true }) author!: AuthorDto | null;
  @ApiProperty({ nullable: true, description: 'current text; kept after removal. Untrusted: escape when shown' }) text!: string | null;
  @ApiProperty({ description: 'stands in for a comment whose edit or removal arrived before the comment' }) isStub!: boolean;
  @ApiProperty({ enum: ['visible', 'hidden', 'removed_by_author', 'deleted_by_us'] }) platformState!: string;
  @ApiProperty() sentAt!: string;
  @ApiProperty({ nullable: true }) editedAt!: string | null;
  @ApiProperty({ enum: LABELS, nullable: true }) label!: string | null;
  @ApiProperty({ nullable: true }) confidence!: number | null;
  @ApiProperty({ nullable: true, enum: ['de', 'en', 'und'] }) lang!: string | null;
  @ApiProperty({ type: [String] }) flags!: string[];
  @ApiProperty({ type: [ReasonDto], description: "the classifier's rules that fired, with the matched words" }) reasons!: ReasonDto[];
  @ApiProperty({ nullable: true }) rulesVersion!: string | null;
  @ApiProperty({ enum: ['platform', 'agent', 'automation'], description: 'agent: sent from the inbox' }) origin!: string;
  @ApiProperty({ nullable: true }) sentByUserId!: string | null;
  @ApiProperty({ nullable: true, description: 'inbound: first public reply of the team after it' }) firstResponseAt!: string | null;
  @ApiProperty({ nullable: true }) firstResponseBy!: string | null;
  @ApiProperty({ nullable: true, description: 'set when a person corrected the label' }) labelCorrectedAt!: string | null;
  @ApiProperty({ nullable: true }) labelCorrectedBy!: string | null;
  @ApiProperty({ type: [EditDto], description: 'edit history, oldest first' }) edits!: EditDto[];
}

class PostDto {
  @ApiProperty() id!: string;
  @ApiProperty() externalId!: string;
  @ApiProperty({ nullable: true }) permalink!: string | null;
  @ApiProperty({ nullable: true }) excerpt!: string | null;
}

class ChannelRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() name!: string;
}

export class ConversationDetailDto extends ConversationSummaryDto {
  @ApiProperty({ type: PostDto, nullable: true }) post!: PostDto | null;
  @ApiProperty({ type: ChannelRefDto }) channel!: ChannelRefDto;
  @ApiProperty({ type: [MessageDto] }) messages!: MessageDto[];
  @ApiProperty({ type: [NoteViewDto], description: 'internal notes, oldest first' }) notes!: NoteViewDto[];
  @ApiProperty({ type: [ReplyViewDto], description: 'replies written in the inbox with their delivery state' }) replies!: ReplyViewDto[];
  @ApiProperty({ type: [ModerationViewDto], description: 'moderation requests, newest first' }) moderation!: ModerationViewDto[];
  @ApiProperty({ type: CritiqueViewDto, nullable: true, description: 'what the critique changed' }) critique!: CritiqueViewDto | null;
  @ApiProperty({ nullable: true }) followUpAt!: string | null;
  @ApiProperty({ nullable: true }) followUpNote!: string | null;
}

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('workspaces/:workspaceId/conversations')
export class InboxController {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly workflow: WorkflowService,
    private readonly replies: RepliesService,
    private readonly moderation: ModerationService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Get()
  @ApiOkResponse({ type: ConversationPageDto })
  async list(@Access() access: WorkspaceAccess, @Query() q: ListConversationsQuery): Promise<ConversationPageDto> {
    try {
      return await this.inbox.list(access.workspaceId, { ...q, sort: q.sort ?? 'newest', limit: q.limit ?? 50 });
    } catch (e) {
      if (e instanceof CursorError) throw new BadRequestException(e.message);
      throw e;
    }
  }

  @Get(':conversationId')
  @ApiOkResponse({ type: ConversationDetailDto })
  async get(@Access() access: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string): Promise<ConversationDetailDto> {
    const c = await this.inbox.detail(access.workspaceId, id);
    if (!c) throw new NotFoundException(`conversation ${id} not found in this workspace`);
    const ws = access.workspaceId;
    const [notes, replies, moderation, critique, followUp] = await Promise.all([
      this.workflow.notes(ws, id),
      this.replies.list(ws, id),
      this.moderation.list(ws, { conversationId: id, limit: 200 }),
      this.workflow.critique(ws, id),
      this.ds.query(`SELECT follow_up_at, follow_up_note FROM conversations WHERE workspace_id = $1 AND id = $2`, [ws, id]) as Promise<{ follow_up_at: Date | null; follow_up_note: string | null }[]>,
    ]);
    return {
      ...(c as ConversationDetail & ConversationDetailDto),
      notes,
      replies: replies as ReplyViewDto[],
      moderation,
      critique,
      followUpAt: followUp[0]?.follow_up_at ? new Date(followUp[0].follow_up_at).toISOString() : null,
      followUpNote: followUp[0]?.follow_up_note ?? null,
    };
  }
}
