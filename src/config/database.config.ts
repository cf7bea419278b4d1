import { envOf, invalid, wrapEnvErrors, type Env } from './env';

export interface DatabaseConfig {
  /** Unset means: boot an embedded PostgreSQL in `embeddedDir`. */
  url: string | undefined;
  embeddedDir: string;
  embeddedPort: number;
  poolSize: number;
  /** Lets a throwaway database run with fsync, synchronous_commit or full_page_writes off. */
  allowUnsafeDurability: boolean;
  migrateOnStart: boolean;
}

export const loadDatabaseConfig = (env: Env): DatabaseConfig =>
  wrapEnvErrors(() => {
    const e = envOf(env);
    const url = e.get('DATABASE_URL').asString();
    if (url !== undefined && url !== '' && !/^postgres(ql)?:\/\/./.test(url)) {
      invalid('DATABASE_URL', 'should be a postgres:// URL');
    }
    return {
      url: url || undefined,
      embeddedDir: e.get('EMBEDDED_PG_DIR').default('./.data/postgres').asString(),
      embeddedPort: e.get('EMBEDDED_PG_PORT').default(54329).asPortNumber(),
      poolSize: e.get('DATABASE_POOL_SIZE').default(20).asIntPositive(),
      allowUnsafeDurability: e.get('ALLOW_UNSAFE_DURABILITY').default('false').asBool(),
      migrateOnStart: e.get('MIGRATE_ON_START').default('true').asBool(),
    };
  });
