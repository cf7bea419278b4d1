import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../config/config';
import { Clock, IdGenerator } from '../shared/clock';
import { ChainVerifier } from './chain-verifier';
import { CommandRunner } from './command-runner';
import { EventHasher } from './event-hasher';
import { IdempotencyStore } from './idempotency.store';
import { OutboxWriter } from './outbox.writer';
import { PostgresEventStore } from './postgres-event-store';

@Global()
@Module({
  providers: [
    {
      provide: EventHasher,
      inject: [CONFIG],
      useFactory: (c: Config) => new EventHasher(c.eventStore.hmacKey),
    },
    {
      provide: PostgresEventStore,
      inject: [DataSource, EventHasher, Clock, IdGenerator],
      useFactory: (ds: DataSource, h: EventHasher, clock: Clock, ids: IdGenerator) =>
        new PostgresEventStore(ds, h, clock, ids),
    },
    {
      provide: CommandRunner,
      inject: [PostgresEventStore],
      useFactory: (s: PostgresEventStore) => new CommandRunner(s),
    },
    {
      provide: ChainVerifier,
      inject: [DataSource, EventHasher],
      useFactory: (ds: DataSource, h: EventHasher) => new ChainVerifier(ds, h),
    },
    { provide: IdempotencyStore, useValue: new IdempotencyStore() },
    { provide: OutboxWriter, useValue: new OutboxWriter() },
  ],
  exports: [EventHasher, PostgresEventStore, CommandRunner, ChainVerifier, IdempotencyStore, OutboxWriter],
})
export class EventStoreModule {}
