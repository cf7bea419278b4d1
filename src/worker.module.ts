import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppOptions } from './app.module';
import { CoreModule } from './core/core.module';
import { EventStoreModule } from './event-store/event-store.module';
import { LoggingModule } from './logging/logging.module';
import { RedisModule } from './redis/redis.module';

/** What a worker replica runs; the notification workers and relay join it as they are built. */
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
        RedisModule,
        EventStoreModule,
      ],
    };
  }
}
