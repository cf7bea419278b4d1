import type { INestApplication } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { signToken } from '../src/auth/sign-token';
import type { TokenClaims } from '../src/auth/token-claims';
import type { Config } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { EventHasher } from '../src/event-store/event-hasher';
import { PostgresEventStore } from '../src/event-store/postgres-event-store';
import { createApp } from '../src/http/create-app';
import { RandomIdGenerator, SystemClock } from '../src/shared/clock';
import { benchConfig } from './bench-env';

/** The production module graph in this process, not listening: commands and queries without HTTP. */
export interface InProcessApp {
  app: INestApplication;
  config: Config;
  dataSource: DataSource;
  commands: CommandBus;
  queries: QueryBus;
  /** A store of its own on the same pool, with no append hooks: the generic event store alone. */
  bareStore: PostgresEventStore;
  hasher: EventHasher;
  token(claims: TokenClaims): Promise<string>;
  close(): Promise<void>;
}

export const startInProcessApp = async (url: string): Promise<InProcessApp> => {
  const config = benchConfig(url);
  const dataSource = createDataSource(url, config.database.poolSize);
  await dataSource.initialize();
  const app = await createApp({ config, dataSource });
  await app.init();
  const hasher = new EventHasher(config.eventStore.hmacKey);
  return {
    app,
    config,
    dataSource,
    commands: app.get(CommandBus),
    queries: app.get(QueryBus),
    bareStore: new PostgresEventStore(dataSource, hasher, new SystemClock(), new RandomIdGenerator()),
    hasher,
    token: (claims) => signToken(config.auth, claims, { expiresIn: '2h' }),
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
};
