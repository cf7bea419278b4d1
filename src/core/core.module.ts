import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { Clock, IdGenerator, RandomIdGenerator, SystemClock } from '../shared/clock';

export interface CoreOptions {
  config: Config;
  clock?: Clock;
  ids?: IdGenerator;
}

/** Configuration, time and identifiers: the providers everything else may inject. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: CONFIG, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: IdGenerator, useValue: options.ids ?? new RandomIdGenerator() },
      ],
      exports: [CONFIG, Clock, IdGenerator],
    };
  }
}
