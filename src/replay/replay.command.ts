import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config/config';
import { EventHasher } from '../event-store/event-hasher';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import { RandomIdGenerator, SystemClock } from '../shared/clock';
import { DEFAULT_PAGE_EVENTS } from './page-size';

export const REPLAY_USAGE = `usage: cli replay [--check] [--batch-size N]
  rebuilds every read model from position 0 into shadow tables, then swaps them in (one transaction)
  --check       compare the rebuilt tables with the live ones instead; exit 1 listing any drift
  --batch-size  events read and folded per page (default ${DEFAULT_PAGE_EVENTS})`;

const parseReplayArgs = (args: string[]): { check: boolean; batchSize: number } | { error: string } => {
  try {
    const { values } = parseArgs({
      args,
      options: {
        check: { type: 'boolean', default: false },
        'batch-size': { type: 'string', default: String(DEFAULT_PAGE_EVENTS) },
      },
    });
    const batchSize = Number(values['batch-size']);
    if (!Number.isSafeInteger(batchSize) || batchSize < 1)
      return { error: '--batch-size must be a positive integer' };
    return { check: values.check ?? false, batchSize };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
};

/** `cli replay`: 0 when rebuilt (or no drift), 1 on drift or failure, 2 on wrong arguments. */
export const replayCommand = async (args: string[]): Promise<number> => {
  const parsed = parseReplayArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n${REPLAY_USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const log = pino({ level: config.app.logLevel }, pino.destination(2));
  // Loaded here, so `cli` without a database command does not pull in the database stack.
  const { prepareDatabase } = await import('../database/database-bootstrap');
  const { replayReadModels } = await import('./replay');
  const { replayedReadModels } = await import('./replayed-read-models');
  const { formatReplayReport } = await import('./replay-report');
  const database = await prepareDatabase(config.database, log);
  try {
    const { dataSource } = database;
    const hasher = new EventHasher(config.eventStore.hmacKey);
    const store = new PostgresEventStore(dataSource, hasher, new SystemClock(), new RandomIdGenerator());
    const report = await replayReadModels({ dataSource, store, readModels: replayedReadModels() }, parsed);
    process.stdout.write(formatReplayReport(report));
    return report.mode === 'check' && report.drift.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
};
