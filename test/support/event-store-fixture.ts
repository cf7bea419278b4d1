import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { ChainVerifier } from '../../src/event-store/chain-verifier';
import { CommandRunner } from '../../src/event-store/command-runner';
import { EventHasher } from '../../src/event-store/event-hasher';
import { PostgresEventStore } from '../../src/event-store/postgres-event-store';
import { RandomIdGenerator, SystemClock, type Clock } from '../../src/shared/clock';
import { TEST_DATABASE_URL, TEST_HMAC_KEY } from './test-env';

export interface EventStoreFixture {
  dataSource: DataSource;
  hasher: EventHasher;
  store: PostgresEventStore;
  runner: CommandRunner;
  verifier: ChainVerifier;
  close(): Promise<void>;
}

/** The real store on the real test database (already migrated by the global set-up). */
export const eventStoreFixture = async (
  options: { url?: string; poolSize?: number; clock?: Clock } = {},
): Promise<EventStoreFixture> => {
  const dataSource = createDataSource(options.url ?? TEST_DATABASE_URL, options.poolSize ?? 10);
  await dataSource.initialize();
  const hasher = new EventHasher(TEST_HMAC_KEY);
  const store = new PostgresEventStore(
    dataSource,
    hasher,
    options.clock ?? new SystemClock(),
    new RandomIdGenerator(),
  );
  return {
    dataSource,
    hasher,
    store,
    runner: new CommandRunner(store),
    verifier: new ChainVerifier(dataSource, hasher),
    close: () => dataSource.destroy(),
  };
};
