import { getQueueToken } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AccountsService } from '../../../libs/accounts/src/accounts.service.js';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { InboxRepository } from '../../../libs/inbox/src/inbox.repository.js';
import { IntakeBatcher } from '../../../libs/ingest/src/intake-batcher.js';
import { IntakeService } from '../../../libs/ingest/src/intake.service.js';
import { ConfigModule } from '../../../libs/nest/src/config.module.js';
import { InfraModule } from '../../../libs/nest/src/infra.module.js';
import { QueueName } from '../../../libs/queue/src/queues.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { TokenService } from './auth/token.service.js';
import { BootstrapService } from './bootstrap/bootstrap.service.js';
import { ChannelsController } from './channels/channels.controller.js';
import { ChannelsService } from './channels/channels.service.js';
import { HealthController } from './health/health.controller.js';
import { InboxController } from './inbox/inbox.controller.js';
import { RealtimeGateway } from './realtime/realtime.gateway.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';
import { WorkspacesController } from './workspaces/workspaces.controller.js';
import { APP_FILTER } from '@nestjs/core';
import { DomainErrorFilter } from './common/domain-error.filter.js';
import { PresenceStore } from './realtime/presence.store.js';
import { ConversationActionsController } from './workflow/conversation-actions.controller.js';
import { ModerationController } from './workflow/moderation.controller.js';
import { WORKFLOW_PROVIDERS } from './workflow/workflow.providers.js';
import { WorkspaceToolsController } from './workflow/workspace-tools.controller.js';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [ConfigModule.forRoot(config), InfraModule],
      controllers: [
        AuthController,
        WorkspacesController,
        ChannelsController,
        WebhooksController,
        InboxController,
        ConversationActionsController,
        ModerationController,
        WorkspaceToolsController,
        HealthController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        PresenceStore,
        ...WORKFLOW_PROVIDERS,
        TokenService,
        ChannelsService,
        RealtimeGateway,
        BootstrapService,
        { provide: AccountsService, inject: [getDataSourceToken()], useFactory: (ds: DataSource) => new AccountsService(ds) },
        { provide: InboxRepository, inject: [getDataSourceToken()], useFactory: (ds: DataSource) => new InboxRepository(ds) },
        {
          provide: IntakeService,
          inject: [getDataSourceToken(), getQueueToken(QueueName.Ingest)],
          useFactory: (ds: DataSource, q: Queue) => new IntakeService(ds, q),
        },
        { provide: IntakeBatcher, inject: [IntakeService], useFactory: (intake: IntakeService) => new IntakeBatcher(intake) },
      ],
    };
  }
}
