import { envOf, wrapEnvErrors, type Env } from './env';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** API and workers in one process unless this process was started for one role only. */
  runWorkers: boolean;
}

export const loadAppConfig = (env: Env): AppConfig =>
  wrapEnvErrors(() => {
    const e = envOf(env);
    return {
      nodeEnv: e.get('NODE_ENV').default('development').asEnum(['development', 'production', 'test']),
      port: e.get('PORT').default(3000).asPortNumber(),
      host: e.get('HOST').default('0.0.0.0').asString(),
      logLevel: e
        .get('LOG_LEVEL')
        .default('info')
        .asEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
      runWorkers: e.get('RUN_WORKERS').default('true').asBool(),
    };
  });
