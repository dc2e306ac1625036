import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { isTimeZone } from '../../../../libs/accounts/src/accounts.service.js';
import { audit, listAudit, type AuditEventView } from '../../../../libs/workflow/src/audit.js';
import { loadSettings, type WorkspaceSettings } from '../../../../libs/workflow/src/context.js';
import { DomainError } from '../../../../libs/workflow/src/errors.js';
import { GuidanceService, type TemplateView } from '../../../../libs/workflow/src/guidance.service.js';
import { WorkflowService, type CritiqueView } from '../../../../libs/workflow/src/workflow.service.js';
import type { Finding } from '../../../../libs/guidance/src/index.js';
import { Access, Roles, type WorkspaceAccess } from '../auth/auth.decorators.js';
import {
  AuditPageDto,
  AuditQuery,
  CorrectionsQuery,
  CritiqueListQuery,
  CritiqueViewDto,
  MemberDto,
  ReplyCheckAnswerDto,
  ReplyCheckDto,
  SettingsDto,
  SettingsViewDto,
  TemplateDto,
  TemplateViewDto,
} from './workflow.dto.js';

@ApiTags('workspace')
@ApiBearerAuth()
@Controller('workspaces/:workspaceId')
export class WorkspaceToolsController {
  constructor(
    private readonly guidance: GuidanceService,
    private readonly workflow: WorkflowService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Post('reply-check')
  @HttpCode(200)
  @ApiOkResponse({ type: ReplyCheckAnswerDto, description: 'the deterministic check of a draft reply; fast enough to run as the agent types' })
  check(@Access() a: WorkspaceAccess, @Body() body: ReplyCheckDto): Promise<{ findings: Finding[]; version: string }> {
    if (body.draft.length > 8000) throw new DomainError('invalid', 'invalid_input', `draft is ${body.draft.length} characters long; at most 8000 are allowed`);
    return this.guidance.check(a.workspaceId, body.draft, { conversationId: body.conversationId, messageId: body.messageId, followUpSet: body.followUpSet });
  }

  @Get('templates')
  @ApiOkResponse({ type: [TemplateViewDto], description: "the workspace's reply templates: defaults in its language, with the admins' changes" })
  templates(@Access() a: WorkspaceAccess): Promise<TemplateView[]> {
    return this.guidance.templates(a.workspaceId);
  }

  @Put('templates/:templateId')
  @Roles('admin')
  @ApiOkResponse({ type: TemplateViewDto, description: 'change, disable or add a template (id like "complaint.sorry-dm"); validated, audited' })
  setTemplate(@Access() a: WorkspaceAccess, @Param('templateId') id: string, @Body() body: TemplateDto): Promise<TemplateView> {
    return this.guidance.setTemplate(a, id, body);
  }

  @Delete('templates/:templateId')
  @HttpCode(204)
  @Roles('admin')
  @ApiNoContentResponse({ description: "drop the workspace's change: a default comes back, a custom template goes" })
  async resetTemplate(@Access() a: WorkspaceAccess, @Param('templateId') id: string): Promise<void> {
    await this.guidance.resetTemplate(a, id);
  }

  @Get('audit')
  @Roles('lead', 'admin')
  @ApiOkResponse({ type: AuditPageDto, description: 'append-only: moderation, platform actions, relabels, assignments, template and policy changes; newest first' })
  audit(@Access() a: WorkspaceAccess, @Query() q: AuditQuery): Promise<{ items: AuditEventView[]; nextBefore: string | null }> {
    if (q.before !== undefined && !/^\d{1,19}$/.test(q.before)) throw new DomainError('invalid', 'invalid_input', 'before must be the nextBefore of a previous page');
    return listAudit(this.ds, a.workspaceId, {
      action: q.action,
      actorId: q.actorId,
      conversationId: q.conversationId,
      subjectId: q.subjectId,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      before: q.before,
      limit: q.limit ?? 100,
    });
  }

  @Get('label-corrections/export')
  @Roles('lead', 'admin')
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'every label correction as JSONL: {id, at, messageId, conversationId, by, byName, from, to, text, lang, rulesVersion, reasons, note}' })
  async exportCorrections(@Access() a: WorkspaceAccess, @Query() q: CorrectionsQuery, @Res() res: Response): Promise<void> {
    res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="label-corrections-${a.workspaceId}.jsonl"`);
    let afterId: string | undefined;
    for (;;) {
      const page = await this.workflow.corrections(a.workspaceId, { afterId, since: q.since ? new Date(q.since) : undefined, limit: 1000 });
      if (page.length === 0) break;
      const ok = res.write(page.map((l) => JSON.stringify(l)).join('\n') + '\n');
      if (!ok) await new Promise((r) => res.once('drain', r));
      afterId = page[page.length - 1]!.id;
    }
    res.end();
  }

  @Get('critique-outcomes')
  @ApiOkResponse({ type: [CritiqueViewDto], description: 'what critiques changed; overdue=true: justified ones not communicated back in time' })
  critiques(@Access() a: WorkspaceAccess, @Query() q: CritiqueListQuery): Promise<CritiqueView[]> {
    return this.workflow.critiques(a.workspaceId, { overdue: q.overdue, limit: q.limit ?? 100 });
  }

  @Get('settings')
  @ApiOkResponse({ type: SettingsViewDto })
  settings(@Access() a: WorkspaceAccess): Promise<WorkspaceSettings> {
    return loadSettings(this.ds, a.workspaceId);
  }

  @Patch('settings')
  @Roles('admin')
  @ApiOkResponse({ type: SettingsViewDto, description: 'language, form of address, brand, removal approval (complaints or all; never looser), follow-up days; audited' })
  async updateSettings(@Access() a: WorkspaceAccess, @Body() body: SettingsDto): Promise<WorkspaceSettings> {
    if (body.timezone !== undefined && !isTimeZone(body.timezone)) throw new DomainError('invalid', 'invalid_input', `unknown time zone "${body.timezone}" (example: Europe/Berlin)`);
    return this.ds.transaction(async (m) => {
      const before = await loadSettings(m, a.workspaceId);
      const cols: [string, unknown][] = [];
      if (body.locale !== undefined) cols.push(['locale', body.locale]);
      if (body.addressForm !== undefined) cols.push(['address_form', body.addressForm]);
      if (body.brand !== undefined) cols.push(['brand', body.brand?.trim() || null]);
      if (body.removalApproval !== undefined) cols.push(['removal_approval', body.removalApproval]);
      if (body.followUpDays !== undefined) cols.push(['follow_up_days', body.followUpDays]);
      if (body.timezone !== undefined) cols.push(['timezone', body.timezone]);
      if (cols.length > 0) {
        await m.query(`UPDATE workspaces SET ${cols.map(([c], i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [a.workspaceId, ...cols.map(([, v]) => v)]);
        const after = await loadSettings(m, a.workspaceId);
        await audit(m, { workspaceId: a.workspaceId, actorId: a.userId, action: 'settings.changed', subjectType: 'workspace', subjectId: a.workspaceId, data: { before, after } });
        return after;
      }
      return before;
    });
  }

  @Get('members')
  @ApiOkResponse({ type: [MemberDto], description: 'who can be assigned (and who reads)' })
  async members(@Access() a: WorkspaceAccess): Promise<MemberDto[]> {
    return (await this.ds.query(
      `SELECT u.id AS "userId", u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 ORDER BY u.name`,
      [a.workspaceId],
    )) as MemberDto[];
  }
}

