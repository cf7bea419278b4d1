import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { signToken } from '../../../src/auth/sign-token';
import type { TokenClaims } from '../../../src/auth/token-claims';
import { loadConfig } from '../../../src/config/config';
import { createDataSource } from '../../../src/database/data-source';
import { EventHasher } from '../../../src/event-store/event-hasher';
import { PostgresEventStore } from '../../../src/event-store/postgres-event-store';
import { createApp } from '../../../src/http/create-app';
import { replayReadModels, type ReplayOptions, type ReplayReport } from '../../../src/replay/replay';
import { replayedReadModels } from '../../../src/replay/replayed-read-models';
import { RandomIdGenerator, SystemClock } from '../../../src/shared/clock';
import { createScratchDatabase, dropScratchDatabase } from '../../support/scratch-database';
import { TEST_HMAC_KEY, TEST_REDIS_URL, databaseUrlFor } from '../../support/test-env';

/** The real application on a database of its own: replay rebuilds every proposal, so no test may share it. */
export interface ReplayApp {
  url: string;
  dataSource: DataSource;
  /** A store of its own (no append hooks), as the CLI builds it: what replay reads through. */
  store: PostgresEventStore;
  http: () => ReturnType<typeof request>;
  token(claims: TokenClaims): Promise<string>;
  replay(options?: Partial<ReplayOptions>): Promise<ReplayReport>;
  close(): Promise<void>;
}

/** The variables the CLI child needs to reach the same database with the same chain key. */
export const cliEnv = (url: string): Record<string, string> => ({
  DATABASE_URL: url,
  EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex'),
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
});

export const startReplayApp = async (label: string): Promise<ReplayApp> => {
  const database = await createScratchDatabase(label);
  const url = databaseUrlFor(database);
  const config = loadConfig({
    ...cliEnv(url),
    RUN_WORKERS: 'false',
    QUEUE_PREFIX: `ra-replay-${randomUUID().slice(0, 8)}`,
    REDIS_URL: TEST_REDIS_URL,
    JWT_SECRET: 'test-only-jwt-secret-0123456789abcdef0123456789',
  });
  const dataSource = createDataSource(url, 10);
  await dataSource.initialize();
  const app: INestApplication = await createApp({ config, dataSource });
  await app.init();
  const store = new PostgresEventStore(
    dataSource,
    new EventHasher(TEST_HMAC_KEY),
    new SystemClock(),
    new RandomIdGenerator(),
  );
  return {
    url,
    dataSource,
    store,
    http: () => request(app.getHttpServer()),
    token: (claims) => signToken(config.auth, claims, { expiresIn: '1h' }),
    replay: (options = {}) =>
      replayReadModels(
        { dataSource, store, readModels: replayedReadModels() },
        { check: false, batchSize: 500, ...options },
      ),
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropScratchDatabase(database);
    },
  };
};
