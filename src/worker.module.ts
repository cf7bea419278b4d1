import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppOptions } from './app.module';
import { CoreModule } from './core/core.module';
import { EventStoreModule } from './event-store/event-store.module';
import { LoggingModule } from './logging/logging.module';
import { AuditCheckpointsModule } from './audit/checkpoints/audit-checkpoints.module';
import { NotificationWorkersModule } from './notifications/notification-workers.module';
import { ProgressReportMailModule } from './program/report-mail/progress-report-mail.module';
import { RedisModule } from './redis/redis.module';

/** What a worker replica runs: the outbox relay and the delivery worker, without an HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: WorkerModule,
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
        NotificationWorkersModule,
        AuditCheckpointsModule,
        ProgressReportMailModule,
      ],
    };
  }
}
