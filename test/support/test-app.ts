import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { signToken } from '../../src/auth/sign-token';
import type { TokenClaims } from '../../src/auth/token-claims';
import { loadConfig, type Config } from '../../src/config/config';
import { createDataSource } from '../../src/database/data-source';
import { createApp } from '../../src/http/create-app';
import type { Clock } from '../../src/shared/clock';
import { TEST_DATABASE_URL, TEST_HMAC_KEY, TEST_REDIS_URL } from './test-env';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  config: Config;
  token(claims: TokenClaims): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Variables on top of the test defaults, e.g. RUN_WORKERS=true and SMTP_URL. */
  env?: Record<string, string>;
  clock?: Clock;
}

/**
 * The real application (same createApp as production) on the test database and Redis. Workers are off
 * unless asked for, and each app gets its own queue prefix so test runs sharing Redis stay apart.
 */
export const startTestApp = async (options: TestAppOptions = {}): Promise<TestApp> => {
  const config = loadConfig({
    RUN_WORKERS: 'false',
    QUEUE_PREFIX: `ra-test-${randomUUID().slice(0, 8)}`,
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'silent',
    EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex'),
    JWT_SECRET: 'test-only-jwt-secret-0123456789abcdef0123456789',
    ...options.env,
  });
  const dataSource = createDataSource(TEST_DATABASE_URL, 20);
  await dataSource.initialize();
  const app = await createApp({ config, dataSource, clock: options.clock });
  await app.init();
  return {
    app,
    config,
    http: () => request(app.getHttpServer()),
    token: (claims) => signToken(config.auth, claims, { expiresIn: '1h' }),
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
};
