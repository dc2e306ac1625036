import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountsService } from '../../../../libs/accounts/src/accounts.service.js';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';
import { runMigrations } from '../../../../libs/db/src/data-source.js';
import { seedDemo } from '../../../../libs/demo/src/seed.js';
import { IntakeService } from '../../../../libs/ingest/src/intake.service.js';

/** At start: pending migrations, the bootstrap admin, and demo data into an empty database. */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  private readonly log = new Logger('Bootstrap');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly accounts: AccountsService,
    private readonly intake: IntakeService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.migrationsRun) {
      const applied = await runMigrations(this.ds);
      if (applied.length > 0) this.log.log(`applied migrations: ${applied.join(', ')}`);
    }
    if (this.config.seedDemo && (await seedDemo(this.ds, this.intake, this.config.secretsKey))) {
      this.log.log('seeded the demo workspace (log in as agent@demo.example / demo-password; see README)');
    }
    if (this.config.adminEmail && this.config.adminPassword) {
      const { created } = await this.accounts.ensureBootstrapAdmin(this.config.adminEmail, this.config.adminPassword);
      if (created) this.log.log(`created the bootstrap admin ${this.config.adminEmail}`);
    }
  }
}
