/** Request and answer shapes of the answering workflow, for validation and the OpenAPI document. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LABELS, type Label } from '../../../../libs/classifier/src/classifier.types.js';
import { REASON_CODES, type ReasonCode } from '../../../../libs/moderation/src/index.js';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../libs/workflow/src/audit.js';

const csv = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

export class AssignDto {
  @ApiProperty({ nullable: true, format: 'uuid', description: 'the user to assign; null unassigns. Agents may only assign themselves.' })
  @ValidateIf((o: AssignDto) => o.assigneeId !== null) @IsUUID()
  assigneeId!: string | null;
}

export class StatusDto {
  @ApiProperty({ enum: ['open', 'resolved'], description: "'answered' is set by a sent reply" })
  @IsIn(['open', 'resolved'])
  status!: 'open' | 'resolved';
}

export class NoteDto {
  @ApiProperty({ maxLength: 5000, description: 'internal: never sent to the platform' })
  @IsString() @MaxLength(20000)
  body!: string;
}

export class NoteViewDto {
  @ApiProperty() id!: string;
  @ApiProperty() conversationId!: string;
  @ApiProperty() authorId!: string;
  @ApiProperty({ nullable: true }) authorName!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: string;
}

export class CreateReplyDto {
  @ApiProperty({ maxLength: 8000, example: 'Hallo Anna, danke für Ihren Hinweis …' })
  @IsString() @MaxLength(20000)
  text!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the message answered; default: the oldest unanswered one' })
  @IsOptional() @IsUUID()
  inReplyToMessageId?: string;

  @ApiPropertyOptional({ description: "send even though a colleague's reply is in flight or a colleague is writing" })
  @IsOptional() @IsBoolean()
  confirm?: boolean;

  @ApiPropertyOptional({ maxLength: 100, description: 'idempotency key: the same key again returns the first reply' })
  @IsOptional() @IsString() @MaxLength(100)
  clientKey?: string;
}

export class FindingDto {
  @ApiProperty({ enum: ['defensive_wording', 'missing_acknowledgement', 'wrong_address', 'unchanged_template', 'repeated_reply', 'shouting', 'personal_data_echoed', 'promise_without_followup', 'unanswered_question'] })
  code!: string;
  @ApiProperty({ enum: ['error', 'warning', 'info'] }) severity!: string;
  @ApiProperty({ description: "in the workspace's language and form of address" }) message!: string;
  @ApiProperty({ nullable: true, description: '{start, end} offsets into the draft (UTF-16)' }) span!: { start: number; end: number } | null;
}

export class ReplyViewDto {
  @ApiProperty() id!: string;
  @ApiProperty() conversationId!: string;
  @ApiProperty() inReplyToMessageId!: string;
  @ApiProperty() authorId!: string;
  @ApiProperty({ nullable: true }) authorName!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: ['queued', 'sending', 'sent', 'failed'] }) state!: string;
  @ApiProperty({ nullable: true, description: "the platform's id once sent" }) externalId!: string | null;
  @ApiProperty({ nullable: true, description: 'why it failed, in words a person can act on' }) error!: string | null;
  @ApiProperty({ nullable: true, enum: ['auth', 'rate_limited', 'retryable', 'permanent', 'retries_exhausted'] }) errorKind!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: [FindingDto], description: 'the reply check when it was queued' }) findings!: FindingDto[];
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true }) sentAt!: string | null;
}

export class CreateReplyAnswerDto {
  @ApiProperty({ type: ReplyViewDto }) reply!: ReplyViewDto;
  @ApiProperty({ description: 'true when clientKey matched an earlier reply (nothing new was queued)' }) duplicate!: boolean;
}

export class FollowUpDto {
  @ApiProperty({ nullable: true, description: 'when to be reminded (ISO date-time); null clears it' })
  @ValidateIf((o: FollowUpDto) => o.at !== null) @IsDateString()
  at!: string | null;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional() @IsString() @MaxLength(5000)
  note?: string;
}

export class CritiqueDto {
  @ApiProperty({ enum: ['yes', 'partly', 'no'], description: 'was the critique justified?' })
  @IsIn(['yes', 'partly', 'no'])
  justified!: 'yes' | 'partly' | 'no';

  @ApiPropertyOptional({ maxLength: 2000, description: 'what changed because of it' })
  @IsOptional() @IsString() @MaxLength(10000)
  changeMade?: string;

  @ApiPropertyOptional({ description: 'the change was communicated back publicly ("you said, we changed")' })
  @IsOptional() @IsBoolean()
  communicated?: boolean;
}

export class CritiqueViewDto {
  @ApiProperty() conversationId!: string;
  @ApiProperty({ enum: ['yes', 'partly', 'no'] }) justified!: string;
  @ApiProperty({ nullable: true }) changeMade!: string | null;
  @ApiProperty() communicated!: boolean;
  @ApiProperty({ nullable: true }) communicatedAt!: string | null;
  @ApiProperty({ nullable: true, description: 'a justified critique should be followed up publicly by then' }) followUpDueAt!: string | null;
  @ApiProperty({ nullable: true }) reminderFiredAt!: string | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() overdue!: boolean;
}

export class CritiqueListQuery {
  @ApiPropertyOptional({ description: 'only justified critiques not communicated back past their due date' })
  @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}

export class RelabelDto {
  @ApiProperty({ enum: LABELS })
  @IsIn(LABELS as Label[])
  label!: Label;

  @ApiPropertyOptional({ maxLength: 1000, description: 'why (helps refine the rule packs)' })
  @IsOptional() @IsString() @MaxLength(5000)
  note?: string;
}

export class ModerationRequestDto {
  @ApiProperty({ enum: ['hide', 'unhide', 'delete'] })
  @IsString()
  action!: 'hide' | 'unhide' | 'delete';

  @ApiProperty({ enum: REASON_CODES, description: 'required; a missing or unknown code is answered with the list of valid ones' })
  @IsOptional() @IsString() @MaxLength(50)
  reasonCode?: ReasonCode;

  @ApiPropertyOptional({ description: 'required except for spam: at least 15 characters, why this comment goes' })
  @IsOptional() @IsString() @MaxLength(10000)
  justification?: string;
}

export class ModerationViewDto {
  @ApiProperty() id!: string;
  @ApiProperty() conversationId!: string;
  @ApiProperty() messageId!: string;
  @ApiProperty({ enum: ['hide', 'unhide', 'delete'] }) action!: string;
  @ApiProperty({ enum: REASON_CODES }) reasonCode!: string;
  @ApiProperty({ nullable: true }) justification!: string | null;
  @ApiProperty({ nullable: true }) labelAtRequest!: string | null;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ nullable: true }) requestedByName!: string | null;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ enum: ['pending', 'rejected', 'approved', 'done', 'failed'] }) status!: string;
  @ApiProperty() needsApproval!: boolean;
  @ApiProperty({ description: 'a lead or admin approved their own request' }) selfApproved!: boolean;
  @ApiProperty({ nullable: true }) decidedBy!: string | null;
  @ApiProperty({ nullable: true }) decidedAt!: string | null;
  @ApiProperty({ nullable: true }) decisionNote!: string | null;
  @ApiProperty({ nullable: true }) executedAt!: string | null;
  @ApiProperty({ nullable: true }) error!: string | null;
}

export class GuidanceDto {
  @ApiProperty() version!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String], description: 'why deleting criticism backfires' }) why!: string[];
  @ApiProperty({ type: [String], description: 'what to do instead, in order' }) insteadDo!: string[];
}

export class ModerationAnswerDto {
  @ApiProperty({ enum: ['queued', 'pending_approval'], description: 'queued: goes to the platform now; pending_approval: waits for a lead' }) outcome!: string;
  @ApiProperty({ type: ModerationViewDto }) request!: ModerationViewDto;
  @ApiProperty({ type: GuidanceDto, nullable: true }) guidance!: GuidanceDto | null;
}

export class DecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'required to reject' })
  @IsOptional() @IsString() @MaxLength(10000)
  note?: string;
}

export class ModerationListQuery {
  @ApiPropertyOptional({ description: 'comma-separated: pending,approved,rejected,done,failed', example: 'pending' })
  @IsOptional() @Transform(csv) @IsIn(['pending', 'rejected', 'approved', 'done', 'failed'], { each: true })
  status?: ('pending' | 'rejected' | 'approved' | 'done' | 'failed')[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  conversationId?: string;

  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}

export class ReplyCheckDto {
  @ApiProperty({ maxLength: 8000 })
  @IsString() @MaxLength(20000)
  draft!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the conversation answered (its most pressing unanswered message is used)' })
  @IsOptional() @IsUUID()
  conversationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the message answered' })
  @IsOptional() @IsUUID()
  messageId?: string;

  @ApiPropertyOptional({ description: 'a follow-up is set (default: whether the conversation has one)' })
  @IsOptional() @IsBoolean()
  followUpSet?: boolean;
}

export class ReplyCheckAnswerDto {
  @ApiProperty({ type: [FindingDto] }) findings!: FindingDto[];
  @ApiProperty() version!: string;
}

export class TemplateDto {
  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional() @IsString() @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'placeholders: {{authorName}}, {{agentName}}, {{brand}}' })
  @IsOptional() @IsString() @MaxLength(10000)
  body?: string;

  @ApiPropertyOptional({ description: 'hide a default template in this workspace' })
  @IsOptional() @IsBoolean()
  disabled?: boolean;
}

export class TemplateViewDto {
  @ApiProperty({ example: 'complaint.sorry-dm' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ enum: ['default', 'changed', 'custom'] }) source!: string;
  @ApiProperty() disabled!: boolean;
}

export class AuditQuery {
  @ApiPropertyOptional({ description: `comma-separated: ${AUDIT_ACTIONS.join(', ')}` })
  @IsOptional() @Transform(csv) @IsIn(AUDIT_ACTIONS as AuditAction[], { each: true })
  action?: AuditAction[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  conversationId?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(100)
  subjectId?: string;

  @ApiPropertyOptional({ description: 'ISO date-time, inclusive' })
  @IsOptional() @IsDateString()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date-time, exclusive' })
  @IsOptional() @IsDateString()
  to?: string;

  @ApiPropertyOptional({ description: 'nextBefore of the previous page' })
  @IsOptional() @Transform(({ value }) => String(value)) @IsString() @MaxLength(20)
  before?: string;

  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}

export class AuditEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ nullable: true, description: 'null: the system' }) actorId!: string | null;
  @ApiProperty({ nullable: true }) actorName!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: string;
  @ApiProperty() subjectType!: string;
  @ApiProperty({ nullable: true }) subjectId!: string | null;
  @ApiProperty({ nullable: true }) conversationId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ nullable: true }) nextBefore!: string | null;
}

export class CorrectionsQuery {
  @ApiPropertyOptional({ description: 'only corrections from this ISO date-time on' })
  @IsOptional() @IsDateString()
  since?: string;
}

export class SettingsDto {
  @ApiPropertyOptional({ enum: ['de', 'en'] })
  @IsOptional() @IsIn(['de', 'en'])
  locale?: 'de' | 'en';

  @ApiPropertyOptional({ enum: ['Sie', 'du'], description: 'how replies address people in German' })
  @IsOptional() @IsIn(['Sie', 'du'])
  addressForm?: 'Sie' | 'du';

  @ApiPropertyOptional({ nullable: true, maxLength: 100, description: '{{brand}} in templates' })
  @IsOptional() @ValidateIf((o: SettingsDto) => o.brand !== null) @IsString() @MaxLength(100)
  brand?: string | null;

  @ApiPropertyOptional({ enum: ['complaints', 'all'], description: 'which removals by agents wait for a lead; there is no looser setting' })
  @IsOptional() @IsIn(['complaints', 'all'])
  removalApproval?: 'complaints' | 'all';

  @ApiPropertyOptional({ minimum: 0, maximum: 365, description: 'days until a justified critique without public follow-up raises a reminder' })
  @IsOptional() @IsInt() @Min(0) @Max(365)
  followUpDays?: number;

  @ApiPropertyOptional({ example: 'Europe/Berlin' })
  @IsOptional() @IsString() @MaxLength(60)
  timezone?: string;
}

export class SettingsViewDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['de', 'en'] }) locale!: string;
  @ApiProperty({ enum: ['Sie', 'du'] }) addressForm!: string;
  @ApiProperty({ nullable: true }) brand!: string | null;
  @ApiProperty({ enum: ['complaints', 'all'] }) removalApproval!: string;
  @ApiProperty() followUpDays!: number;
  @ApiProperty() timezone!: string;
}

export class MemberDto {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ['agent', 'lead', 'exec', 'admin'] }) role!: string;
}
