import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CoreModule } from './core/core.module';
import { OrgRegistryModule } from './org-registry';
import { NotificationWorkersModule } from './notifications/notification-workers.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProposalsModule } from './proposals/proposals.module';
import { ProgramModule } from './program/program.module';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthModule } from './health/health.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { LoggingModule } from './logging/logging.module';
import { RedisModule } from './redis/redis.module';
import type { Clock, IdGenerator } from './shared/clock';

export interface AppOptions {
  config: Config;
  /** Already initialised and migrated (see prepareDatabase). */
  dataSource: DataSource;
  clock?: Clock;
  ids?: IdGenerator;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        LoggingModule.forRoot(options.config.app),
        TypeOrmModule.forRootAsync({
          useFactory: () => options.dataSource.options,
          dataSourceFactory: async () => options.dataSource,
        }),
        CqrsModule.forRoot(),
        RedisModule,
        EventStoreModule,
        HealthModule,
        AuthModule,
        // Before OrgRegistryModule: Nest registers routes in module order, and GET /api/org-units/eligibility
        // must be matched before the registry's GET /api/org-units/:code.
        ProgramModule,
        OrgRegistryModule,
        ProposalsModule,
        NotificationsModule,
        ...(options.config.app.runWorkers ? [NotificationWorkersModule] : []),
        AuditModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
