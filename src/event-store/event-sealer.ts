import type { Clock, IdGenerator } from '../shared/clock';
import { InvalidEventError } from './event-store.errors';
import type { EventMetadata, NewEvent, RecordedEvent } from './event-store.types';
import type { EventHasher } from './event-hasher';
import type { UpcasterRegistry } from './upcasting/upcaster-registry';

export interface StreamHead {
  version: number;
  lastHash: string | null;
}

export interface SealedAppend {
  events: Omit<RecordedEvent, 'globalPosition' | 'transactionId'>[];
  /** The head after these events. */
  head: StreamHead;
}

/** An unescaped U+0000 in JSON text: jsonb refuses it, so the event could not be kept as hashed. */
const NUL_IN_JSON = /(^|[^\\])(\\\\)*\\u0000/;

/** Turns new events into the rows an append inserts: numbered after the head, stamped, hash-chained. */
export class EventSealer {
  constructor(
    private readonly hasher: EventHasher,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  /** The event's data and metadata as JSON, refused if it could not be stored exactly as hashed. */
  serialise(event: NewEvent): string {
    if (!event.type) throw new InvalidEventError('an event needs a type');
    // Stored NOT NULL: refused here, the same for one event or many, rather than by the database.
    if (event.data === null || event.data === undefined)
      throw new InvalidEventError(`event ${event.type} has no data`);
    let json: string | undefined;
    try {
      json = JSON.stringify([event.data, event.metadata ?? {}]);
    } catch (err) {
      throw new InvalidEventError(`event ${event.type} is not JSON: ${(err as Error).message}`);
    }
    if (json === undefined) throw new InvalidEventError(`event ${event.type} has no data`);
    if (NUL_IN_JSON.test(json)) throw new InvalidEventError(`event ${event.type} holds U+0000`);
    return json;
  }

  /** Numbers, stamps and chains the events after `head`; the head they leave behind. */
  seal(
    streamId: string,
    events: NewEvent[],
    serialised: string[],
    head: StreamHead,
    metadata: EventMetadata | undefined,
  ): SealedAppend {
    const recordedAt = this.clock.now();
    let previousHash = head.lastHash;
    const sealed = events.map((event, i) => {
      const [data, eventMetadata] = JSON.parse(serialised[i]) as [unknown, Record<string, unknown>];
      const fields = {
        streamId,
        streamVersion: head.version + i + 1,
        eventId: this.ids.uuid(),
        type: event.type,
        schemaVersion: event.schemaVersion ?? this.upcasters.currentVersion(event.type),
        data,
        metadata: { ...metadata, ...eventMetadata },
        recordedAt,
        previousHash,
      };
      const hash = this.hasher.hash(fields);
      previousHash = hash;
      return { ...fields, hash };
    });
    return { events: sealed, head: { version: head.version + events.length, lastHash: previousHash } };
  }
}
