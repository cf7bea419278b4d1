import { loadAppConfig, type AppConfig } from './app.config';
import { loadAuditConfig, type AuditConfig } from './audit.config';
import { loadAuthConfig, type AuthConfig } from './auth.config';
import { loadDatabaseConfig, type DatabaseConfig } from './database.config';
import { processEnv, type Env } from './env';
import { loadEventStoreConfig, type EventStoreConfig } from './event-store.config';
import { loadNotificationsConfig, type NotificationsConfig } from './notifications.config';
import { loadProgramConfig, type ProgramConfig } from './program.config';
import { loadRedisConfig, type RedisConfig } from './redis.config';

export interface Config {
  app: AppConfig;
  database: DatabaseConfig;
  redis: RedisConfig;
  eventStore: EventStoreConfig;
  auth: AuthConfig;
  notifications: NotificationsConfig;
  audit: AuditConfig;
  program: ProgramConfig;
}

/** Builds and validates the whole configuration; throws ConfigError naming the first bad variable. */
export const loadConfig = (env: Env = processEnv()): Config => {
  const app = loadAppConfig(env);
  return {
    app,
    database: loadDatabaseConfig(env),
    redis: loadRedisConfig(env),
    eventStore: loadEventStoreConfig(env, app.nodeEnv),
    auth: loadAuthConfig(env, app.nodeEnv),
    notifications: loadNotificationsConfig(env),
    audit: loadAuditConfig(env, app.nodeEnv),
    program: loadProgramConfig(env),
  };
};

/** Nest injection token for the validated configuration. */
export const CONFIG = Symbol('CONFIG');
