import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/ports';
import { createScratchDatabase, dropScratchDatabase } from '../support/scratch-database';
import { startService, waitForStatus } from '../support/service-process';
import { TEST_DATABASE_URL, TEST_REDIS_URL, databaseUrlFor } from '../support/test-env';

describe('Starting the service', () => {
  it('boots an embedded PostgreSQL when DATABASE_URL is unset and answers /health with 200', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ra-embedded-'));
    chmodSync(dataDir, 0o755); // as root, the server runs as the postgres user, which must reach it
    const port = await freePort();
    const service = startService({
      DATABASE_URL: '',
      EMBEDDED_PG_DIR: join(dataDir, 'pg'),
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(port),
      REDIS_URL: TEST_REDIS_URL,
    });
    try {
      const health = await waitForStatus(service, `http://127.0.0.1:${port}/health`, 200);
      expect(health.status).toBe('ok');
      expect(health.checks).toMatchObject({
        postgres: { status: 'up' },
        redis: { status: 'up' },
        outbox: { backlog: 0 },
      });

      // The embedded server dies: the service reports 503 rather than pretending.
      const postmasterPid = Number(
        readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      process.kill(postmasterPid, 'SIGKILL');
      const down = await waitForStatus(service, `http://127.0.0.1:${port}/health`, 503, 30_000);
      expect(down.status).toBe('down');
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reports degraded, still 200, when Redis is unreachable', async () => {
    const port = await freePort();
    const service = startService({
      DATABASE_URL: TEST_DATABASE_URL,
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      PORT: String(port),
    });
    try {
      const health = await waitForStatus(service, `http://127.0.0.1:${port}/health`, 200, 60_000);
      expect(health).toMatchObject({ status: 'degraded', checks: { redis: { status: 'down' } } });
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
    }
  });

  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://nope'],
    ['EVENT_HMAC_KEY', 'short'],
    ['LOG_LEVEL', 'loud'],
  ])('exits non-zero naming %s when it is %s', async (name, value) => {
    const service = startService({ DATABASE_URL: TEST_DATABASE_URL, [name]: value });
    expect(await service.exited).not.toBe(0);
    const lines = service.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
  });

  it('requires EVENT_HMAC_KEY in production', async () => {
    const service = startService({ DATABASE_URL: TEST_DATABASE_URL, NODE_ENV: 'production' });
    expect(await service.exited).not.toBe(0);
    expect(service.output()).toContain('EVENT_HMAC_KEY');
  });

  it('refuses a database with synchronous_commit off unless the override is set', async () => {
    const name = await createScratchDatabase('unsafe');
    try {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
      await client.end();

      const refused = startService({ DATABASE_URL: databaseUrlFor(name), PORT: String(await freePort()) });
      expect(await refused.exited).not.toBe(0);
      expect(refused.output()).toContain('synchronous_commit=off');

      const port = await freePort();
      const allowed = startService({
        DATABASE_URL: databaseUrlFor(name),
        PORT: String(port),
        ALLOW_UNSAFE_DURABILITY: 'true',
        REDIS_URL: TEST_REDIS_URL,
      });
      try {
        await waitForStatus(allowed, `http://127.0.0.1:${port}/health`, 200, 60_000);
        expect(allowed.output()).toContain('durability settings are off');
      } finally {
        allowed.child.kill('SIGTERM');
        await allowed.exited;
      }
    } finally {
      await dropScratchDatabase(name);
    }
  });
});
