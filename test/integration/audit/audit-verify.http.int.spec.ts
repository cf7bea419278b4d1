import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { CheckpointIssuer } from '../../../src/audit/checkpoints/checkpoint-issuer';
import { signToken } from '../../../src/auth/sign-token';
import { loadConfig, type Config } from '../../../src/config/config';
import { createDataSource } from '../../../src/database/data-source';
import { createApp } from '../../../src/http/create-app';
import type { Role } from '../../../src/shared/domain/actor';
import { dropScratchDatabase, tamperWith } from '../../support/scratch-database';
import { databaseUrlFor, TEST_HMAC_KEY, TEST_REDIS_URL } from '../../support/test-env';
import { deleteTail } from './chain-tamperings';
import { seedStore, untilHorizonPassesEvents } from './seeded-store';

/** The real application (createApp, as production) on a scratch store of 10 streams × 4 events. */
describe('GET /api/audit/verify', () => {
  let database: string;
  let dataSource: DataSource;
  let app: INestApplication;
  let config: Config;

  const verify = async (roles: Role[], query = '') => {
    const token = await signToken(
      config.auth,
      { sub: 'u-1', name: 'Lê Kiểm Toán', roles, bodies: [] },
      { expiresIn: '1h' },
    );
    return request(app.getHttpServer())
      .get(`/api/audit/verify${query}`)
      .set('Authorization', `Bearer ${token}`);
  };

  beforeAll(async () => {
    database = await seedStore('audit_http', 10, 4);
    const { privateKey } = generateKeyPairSync('ed25519');
    config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      RUN_WORKERS: 'false',
      QUEUE_PREFIX: `ra-test-${randomUUID().slice(0, 8)}`,
      DATABASE_URL: databaseUrlFor(database),
      REDIS_URL: TEST_REDIS_URL,
      EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex'),
      JWT_SECRET: 'test-only-jwt-secret-0123456789abcdef0123456789',
      AUDIT_SIGNING_KEY: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    });
    dataSource = createDataSource(databaseUrlFor(database), 4);
    await dataSource.initialize();
    app = await createApp({ config, dataSource });
    await app.init();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await dropScratchDatabase(database);
  });

  it('answers auditors and admins with the report, and nobody else', async () => {
    const intact = {
      ok: true,
      eventsChecked: 40,
      streamsChecked: 10,
      firstBrokenLink: null,
      checkpoint: null,
    };
    expect((await verify(['auditor'])).body).toEqual(intact);
    expect((await verify(['admin'], '?stream=proposal-0003')).body).toMatchObject({
      ok: true,
      eventsChecked: 4,
    });
    expect((await verify(['reviewer', 'submitter'])).status).toBe(403);
    expect((await request(app.getHttpServer()).get('/api/audit/verify')).status).toBe(401);
    expect((await verify(['auditor'], '?streamId=x')).status).toBe(400);
    const recorded: { action: string; scope: { stream: string | null }; outcome: { ok: boolean } }[] =
      await dataSource.query(`SELECT action, scope, outcome FROM audit_access_log ORDER BY id DESC LIMIT 2`);
    expect(recorded).toEqual([
      { action: 'verify', scope: { stream: 'proposal-0003' }, outcome: { ok: true } },
      { action: 'verify', scope: { stream: null }, outcome: { ok: true } },
    ]);
  });

  it('compares with the newest stored checkpoint, and names where the store was cut', async () => {
    await untilHorizonPassesEvents(dataSource);
    await app.get(CheckpointIssuer).issue();
    const before = await verify(['auditor']);
    expect(before.body).toMatchObject({ ok: true, checkpoint: { matches: true, eventCount: 40 } });

    // proposal-0009 v1-4 and proposal-0008 v3-4 gone, heads rewritten: the chain alone sees nothing.
    await tamperWith(database, (rogue) => deleteTail(6).apply(rogue));
    const after = await verify(['auditor']);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({
      ok: false,
      eventsChecked: 34,
      firstBrokenLink: {
        streamId: 'proposal-0008',
        version: 3,
        position: null,
        reason: 'checkpoint-mismatch',
      },
      checkpoint: { matches: false, eventCount: 40, found: { eventCount: 34 } },
    });

    // The stored copy edited to agree with the cut store: its signature no longer verifies.
    await tamperWith(database, (rogue) =>
      rogue.query(
        `UPDATE audit_checkpoints SET document = jsonb_set(document, '{checkpoint,eventCount}', '34')`,
      ),
    );
    expect((await verify(['auditor'])).body).toMatchObject({
      ok: false,
      firstBrokenLink: { reason: 'checkpoint-rejected' },
    });
  });
});
