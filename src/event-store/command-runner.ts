import type { Decider, Message } from '../shared/domain/decider';
import { ConcurrencyError } from './event-store.errors';
import type { AppendResult, EventMetadata, RecordedEvent, Tx } from './event-store.types';
import type { PostgresEventStore } from './postgres-event-store';

export interface HandleOptions {
  /** The version the caller saw (If-Match). A mismatch is a ConcurrencyError and is never retried. */
  expectedVersion?: number;
  metadata?: EventMetadata;
  /** How many times to re-read and re-decide after losing a race; 0 unless the caller allows it. */
  retries?: number;
  tx?: Tx;
  /**
   * Read, make and decide outside a transaction, and append as one statement: that statement's head
   * check refuses the append if the stream moved since the read, as the transaction's would. Only for
   * commands whose making writes nothing; ignored with `tx` or `afterAppend`.
   */
  outsideTransaction?: boolean;
  /** Extra work in the same transaction, after the append (e.g. the idempotency record). */
  afterAppend?: (tx: Tx, result: HandleResult<unknown>) => Promise<void>;
}

export interface HandleResult<State> {
  streamId: string;
  /** The stream version after the command; unchanged when the decider emitted nothing. */
  version: number;
  state: State;
  events: RecordedEvent[];
}

type Upcast = (event: RecordedEvent) => Message;

/**
 * Makes the command from the state just folded, in the command's transaction if it has one: access
 * checks and lookups that need the stream's state run on it instead of reading it again. It runs
 * before the expected-version check, so a caller refused here learns nothing of the version.
 */
export type CommandFromState<S, C> = (state: S, tx: Tx) => Promise<C>;

/**
 * read → fold → (make the command) → decide → append with the version read, in one transaction, or
 * (outsideTransaction) with the append alone atomic.
 */
export class CommandRunner {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly upcast: Upcast = (e) => ({ type: e.type, data: e.data }),
  ) {}

  async load<S, E extends Message>(
    streamId: string,
    decider: Pick<Decider<S, never, E>, 'evolve' | 'initialState'>,
    tx?: Tx,
  ): Promise<{ state: S; version: number; lastHash: string | null }> {
    let state = decider.initialState();
    let version = 0;
    let lastHash: string | null = null;
    for await (const event of this.store.readStream(streamId, { tx })) {
      state = decider.evolve(state, this.upcast(event) as E);
      version = event.streamVersion;
      lastHash = event.hash;
    }
    return { state, version, lastHash };
  }

  handle<S, C, E extends Message>(
    streamId: string,
    decider: Decider<S, C, E>,
    command: C,
    options: HandleOptions = {},
  ): Promise<HandleResult<S>> {
    return this.handleFrom(streamId, decider, () => Promise.resolve(command), options);
  }

  /** As handle, the command made from the folded state (again on each retry). */
  async handleFrom<S, C, E extends Message>(
    streamId: string,
    decider: Decider<S, C, E>,
    commandFrom: CommandFromState<S, C>,
    options: HandleOptions = {},
  ): Promise<HandleResult<S>> {
    const retries = options.expectedVersion === undefined ? (options.retries ?? 0) : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        if (options.tx) return await this.once({ tx: options.tx }, streamId, decider, commandFrom, options);
        if (options.outsideTransaction && !options.afterAppend)
          return await this.store.onOneConnection((connection) =>
            this.once({ connection }, streamId, decider, commandFrom, options),
          );
        return await this.store.transaction((tx) =>
          this.once({ tx }, streamId, decider, commandFrom, options),
        );
      } catch (err) {
        if (!(err instanceof ConcurrencyError) || attempt >= retries) throw err;
      }
    }
  }

  /** In `tx`, or on `connection` with each read on its own and the append its own statement. */
  private async once<S, C, E extends Message>(
    { tx, connection }: { tx: Tx; connection?: undefined } | { tx?: undefined; connection: Tx },
    streamId: string,
    decider: Decider<S, C, E>,
    commandFrom: CommandFromState<S, C>,
    options: HandleOptions,
  ): Promise<HandleResult<S>> {
    const { state, version, lastHash } = await this.load(streamId, decider, tx ?? connection);
    const command = await commandFrom(state, tx ?? connection);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new ConcurrencyError(streamId, options.expectedVersion, version);
    }
    const events = decider.decide(command, state);
    let result: HandleResult<S> = { streamId, version, state, events: [] };
    if (events.length > 0) {
      const appended: AppendResult = await this.store.append(streamId, events, {
        expectedVersion: version === 0 ? 'no-stream' : version,
        previousHash: lastHash,
        foldedBefore: state,
        metadata: options.metadata,
        tx,
        connection,
      });
      result = {
        streamId,
        version: appended.nextExpectedVersion,
        state: events.reduce(decider.evolve, state),
        events: appended.events,
      };
    }
    if (tx && options.afterAppend) await options.afterAppend(tx, result);
    return result;
  }
}
