import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ModerationView } from '../../../../libs/realtime/src/events.js';
import { ModerationService, type ModerationAnswer } from '../../../../libs/workflow/src/moderation.service.js';
import { RepliesService } from '../../../../libs/workflow/src/replies.service.js';
import { WorkflowService } from '../../../../libs/workflow/src/workflow.service.js';
import type { ReplyView } from '../../../../libs/realtime/src/events.js';
import { Access, Roles, type WorkspaceAccess } from '../auth/auth.decorators.js';
import { DecisionDto, ModerationAnswerDto, ModerationListQuery, ModerationRequestDto, ModerationViewDto, RelabelDto, ReplyViewDto } from './workflow.dto.js';

@ApiTags('answering')
@ApiBearerAuth()
@Controller('workspaces/:workspaceId')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly workflow: WorkflowService,
    private readonly replies: RepliesService,
  ) {}

  @Post('messages/:messageId/label')
  @Roles('agent', 'lead', 'admin')
  @ApiOkResponse({ description: 'the label is corrected and the correction kept (who, when, from → to, the text)' })
  @HttpCode(200)
  relabel(@Access() a: WorkspaceAccess, @Param('messageId', ParseUUIDPipe) id: string, @Body() body: RelabelDto): Promise<{ from: string | null; to: string }> {
    return this.workflow.relabel(a, id, body.label, body.note);
  }

  @Post('messages/:messageId/moderation')
  @HttpCode(202)
  @Roles('agent', 'lead', 'admin')
  @ApiAcceptedResponse({
    type: ModerationAnswerDto,
    description:
      'hide / unhide / delete with a reason code (and a justification except for spam). Removing a complaint for a reason other than spam, abuse, personal data or illegal content waits for a lead (pending_approval) and the platform sees nothing until approval. The answer carries guidance on handling criticism instead.',
  })
  request(@Access() a: WorkspaceAccess, @Param('messageId', ParseUUIDPipe) id: string, @Body() body: ModerationRequestDto): Promise<ModerationAnswer> {
    return this.moderation.request(a, id, body);
  }

  @Get('moderation-requests')
  @ApiOkResponse({ type: [ModerationViewDto] })
  list(@Access() a: WorkspaceAccess, @Query() q: ModerationListQuery): Promise<ModerationView[]> {
    return this.moderation.list(a.workspaceId, { status: q.status, conversationId: q.conversationId, limit: q.limit ?? 100 });
  }

  @Get('moderation-requests/:requestId')
  @ApiOkResponse({ type: ModerationViewDto })
  get(@Access() a: WorkspaceAccess, @Param('requestId', ParseUUIDPipe) id: string): Promise<ModerationView> {
    return this.moderation.get(a.workspaceId, id);
  }

  @Post('moderation-requests/:requestId/decision')
  @HttpCode(200)
  @Roles('lead', 'admin')
  @ApiOkResponse({ type: ModerationViewDto, description: 'approve (then the platform action runs) or reject (a note is required)' })
  decide(@Access() a: WorkspaceAccess, @Param('requestId', ParseUUIDPipe) id: string, @Body() body: DecisionDto): Promise<ModerationView> {
    return this.moderation.decide(a, id, body.decision, body.note);
  }

  @Post('replies/:replyId/retry')
  @HttpCode(202)
  @Roles('agent', 'lead', 'admin')
  @ApiAcceptedResponse({ type: ReplyViewDto, description: 'a failed reply queued again (its author or a lead); the worker looks before sending' })
  retry(@Access() a: WorkspaceAccess, @Param('replyId', ParseUUIDPipe) id: string): Promise<ReplyView> {
    return this.replies.retry(a, id);
  }
}
