import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { signToken } from '../../src/auth/sign-token';
import type { TokenClaims } from '../../src/auth/token-claims';
import { loadConfig, type Config } from '../../src/config/config';
import { createDataSource } from '../../src/database/data-source';
import { createApp } from '../../src/http/create-app';
import { TEST_DATABASE_URL, TEST_HMAC_KEY, TEST_REDIS_URL } from './test-env';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  config: Config;
  token(claims: TokenClaims): Promise<string>;
  close(): Promise<void>;
}

/** The real application (same createApp as production) on the test database and Redis. */
export const startTestApp = async (): Promise<TestApp> => {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'silent',
    EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex'),
    JWT_SECRET: 'test-only-jwt-secret-0123456789abcdef0123456789',
  });
  const dataSource = createDataSource(TEST_DATABASE_URL, 20);
  await dataSource.initialize();
  const app = await createApp({ config, dataSource });
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
