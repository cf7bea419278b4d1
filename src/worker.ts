import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { loadConfig } from './config/config';
import { ConfigError } from './config/env';
import { prepareDatabase } from './database/database-bootstrap';
import { WorkerModule } from './worker.module';

/** The worker role alone: no HTTP server, the same database and Redis as the API. */
const main = async () => {
  const config = loadConfig();
  const log = pino({ level: config.app.logLevel });
  const database = await prepareDatabase(config.database, log);
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ config, dataSource: database.dataSource }),
    {
      bufferLogs: true,
    },
  );
  app.enableShutdownHooks();
  await app.init();
  log.info('worker is running');
};

main().catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof ConfigError ? '' : 'failed to start: '}${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
