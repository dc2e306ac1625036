import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GuidanceService, type ConversationGuidance } from '../../../../libs/workflow/src/guidance.service.js';
import { RepliesService } from '../../../../libs/workflow/src/replies.service.js';
import { WorkflowService, type CritiqueView } from '../../../../libs/workflow/src/workflow.service.js';
import type { NoteView, ReplyView } from '../../../../libs/realtime/src/events.js';
import { Access, Roles, type WorkspaceAccess } from '../auth/auth.decorators.js';
import { AssignDto, CreateReplyAnswerDto, CreateReplyDto, CritiqueDto, CritiqueViewDto, FollowUpDto, NoteDto, NoteViewDto, ReplyViewDto, StatusDto } from './workflow.dto.js';

const ANSWERING = ['agent', 'lead', 'admin'] as const;

@ApiTags('answering')
@ApiBearerAuth()
@Controller('workspaces/:workspaceId/conversations/:conversationId')
export class ConversationActionsController {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly replies: RepliesService,
    private readonly guidance: GuidanceService,
  ) {}

  @Post('assign')
  @HttpCode(204)
  @Roles(...ANSWERING)
  @ApiNoContentResponse({ description: 'assigned (leads and admins: anyone who answers; agents: themselves)' })
  async assign(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string, @Body() body: AssignDto): Promise<void> {
    await this.workflow.assign(a, id, body.assigneeId ?? null);
  }

  @Post('status')
  @HttpCode(204)
  @Roles(...ANSWERING)
  @ApiNoContentResponse({ description: 'open ↔ resolved; a new inbound message reopens a resolved conversation' })
  async status(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string, @Body() body: StatusDto): Promise<void> {
    await this.workflow.setStatus(a, id, body.status);
  }

  @Get('notes')
  @ApiOkResponse({ type: [NoteViewDto] })
  async notes(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string): Promise<NoteView[]> {
    return this.workflow.notes(a.workspaceId, id);
  }

  @Post('notes')
  @Roles(...ANSWERING)
  @ApiCreatedResponse({ type: NoteViewDto, description: 'an internal note; never sent out, never counts as a response' })
  addNote(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string, @Body() body: NoteDto): Promise<NoteView> {
    return this.workflow.addNote(a, id, body.body);
  }

  @Get('replies')
  @ApiOkResponse({ type: [ReplyViewDto] })
  listReplies(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string): Promise<ReplyView[]> {
    return this.replies.list(a.workspaceId, id);
  }

  @Post('replies')
  @HttpCode(202)
  @Roles(...ANSWERING)
  @ApiAcceptedResponse({ type: CreateReplyAnswerDto, description: "queued for the platform; follow its state in reply.updated events or GET .../replies" })
  @ApiConflictResponse({ description: "reply_in_flight: a colleague's reply to the same message is in flight or a colleague is writing (send again with confirm: true); channel_needs_reauth" })
  reply(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string, @Body() body: CreateReplyDto): Promise<{ reply: ReplyView; duplicate: boolean }> {
    return this.replies.create(a, id, body);
  }

  @Get('guidance')
  @ApiOkResponse({ description: "playbooks for the conversation's label and flags in the workspace's language, with templates filled in" })
  guidanceFor(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string): Promise<ConversationGuidance> {
    return this.guidance.forConversation(a, id);
  }

  @Get('critique')
  @ApiOkResponse({ type: CritiqueViewDto })
  async critique(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string): Promise<CritiqueView> {
    const c = await this.workflow.critique(a.workspaceId, id);
    if (!c) throw new NotFoundException('no critique outcome recorded for this conversation yet');
    return c;
  }

  @Put('critique')
  @Roles(...ANSWERING)
  @ApiOkResponse({ type: CritiqueViewDto, description: 'a justified critique not communicated back gets a reminder after the workspace’s follow-up days' })
  recordCritique(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string, @Body() body: CritiqueDto): Promise<CritiqueView> {
    return this.workflow.recordCritique(a, id, body);
  }

  @Put('follow-up')
  @HttpCode(204)
  @Roles(...ANSWERING)
  @ApiNoContentResponse({ description: 'a reminder (reminder.due event) at the given time; null clears it' })
  async followUp(@Access() a: WorkspaceAccess, @Param('conversationId', ParseUUIDPipe) id: string, @Body() body: FollowUpDto): Promise<void> {
    await this.workflow.setFollowUp(a, id, body.at === null ? null : new Date(body.at), body.note);
  }
}
