import 'reflect-metadata';
import pino from 'pino';
import { loadConfig, type Config } from './config/config';
import { ConfigError } from './config/env';

const configOrExit = (): Config => {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
};

const main = async () => {
  const config = configOrExit();
  const log = pino({ level: config.app.logLevel });
  if (config.eventStore.usingDevelopmentKey) {
    log.warn('EVENT_HMAC_KEY is unset: using the development key; the hash chain proves nothing');
  }
  if (config.auth.usingDevelopmentSecret) {
    log.warn('JWT_SECRET and JWKS_URL are unset: using the development secret; anyone can mint tokens');
  }
  // Loaded after the configuration is valid, so a bad variable is reported at once.
  const { prepareDatabase } = await import('./database/database-bootstrap');
  const { createApp } = await import('./http/create-app');
  const database = await prepareDatabase(config.database, log);
  const app = await createApp({ config, dataSource: database.dataSource });
  // SIGTERM closes the app and its pool (enableShutdownHooks); an embedded server stops on exit.
  await app.listen(config.app.port, config.app.host);
  log.info({ port: config.app.port, workers: config.app.runWorkers }, 'restructuring approvals is serving');
};

main().catch((err: unknown) => {
  process.stderr.write(`failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
