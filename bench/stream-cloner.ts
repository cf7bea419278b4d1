import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventHasher, HashedFields } from '../src/event-store/event-hasher';
import type { RecordedEvent } from '../src/event-store/event-store.types';
import { proposalStreamId } from '../src/proposals/application/proposal-stream';
import { ProposalReadModelProjection } from '../src/proposals/projections/proposal-read-model.projection';

export const rawStreamId = (id: string) => `rawbench-${id}`;

/** Events per INSERT statement when seeding: large enough to amortise, small enough for one parameter. */
const EVENTS_PER_STATEMENT = 2_000;

interface ClonedEvent extends HashedFields {
  metadata: Record<string, unknown>;
  hash: string;
}

/**
 * Copies a journey the service wrote into new proposals: the same events under a fresh proposal id,
 * fresh event ids and a recomputed hash chain, inserted in bulk. Far faster than replaying the
 * commands, and every copy is a stream the projections and the chain verifier accept.
 */
export class StreamCloner {
  private readonly projection = new ProposalReadModelProjection();

  constructor(
    private readonly db: DataSource,
    private readonly hasher: EventHasher,
    private readonly template: { proposalId: string; events: RecordedEvent[] },
  ) {}

  /**
   * `count` new proposals holding the template's first `length` events; returns their ids. `project`
   * also writes their read-model rows; `asProposals: false` files them under `rawbench-<id>` streams,
   * which no projection reads (the raw baselines' copies).
   */
  async clone(
    count: number,
    length: number,
    options: { project?: boolean; asProposals?: boolean } = {},
  ): Promise<string[]> {
    const streamOf = options.asProposals === false ? rawStreamId : proposalStreamId;
    const ids: string[] = [];
    let pending: ClonedEvent[] = [];
    let pendingIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      ids.push(id);
      pendingIds.push(id);
      pending.push(...this.copy(id, streamOf(id), length));
      if (pending.length >= EVENTS_PER_STATEMENT || i === count - 1) {
        await this.insert(pending, pendingIds, options.project ?? false);
        pending = [];
        pendingIds = [];
      }
    }
    return ids;
  }

  private copy(proposalId: string, streamId: string, length: number): ClonedEvent[] {
    const rename = (value: unknown) =>
      JSON.parse(JSON.stringify(value).replaceAll(this.template.proposalId, proposalId)) as unknown;
    let previousHash: string | null = null;
    return this.template.events.slice(0, length).map((e) => {
      const fields = {
        streamId,
        streamVersion: e.streamVersion,
        eventId: randomUUID(),
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: rename(e.data),
        metadata: rename(e.metadata) as Record<string, unknown>,
        recordedAt: e.recordedAt,
        previousHash,
      };
      previousHash = this.hasher.hash(fields);
      return { ...fields, hash: previousHash };
    });
  }

  private async insert(events: ClonedEvent[], proposalIds: string[], project: boolean): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata,
                             recorded_at, previous_hash, hash)
         SELECT r."streamId", r."streamVersion", r."eventId", r.type, r."schemaVersion", r.data, r.metadata,
                r."recordedAt", r."previousHash", r.hash
           FROM jsonb_to_recordset($1::jsonb) AS r("streamId" text, "streamVersion" bigint, "eventId" uuid,
                type text, "schemaVersion" int, data jsonb, metadata jsonb, "recordedAt" timestamptz,
                "previousHash" text, hash text)`,
        [JSON.stringify(events)],
      );
      const heads = new Map(events.map((e) => [e.streamId, e]));
      await tx.query(
        `INSERT INTO streams (stream_id, version, last_hash)
         SELECT r."streamId", r."streamVersion", r.hash
           FROM jsonb_to_recordset($1::jsonb) AS r("streamId" text, "streamVersion" bigint, hash text)`,
        [
          JSON.stringify(
            [...heads.values()].map(({ streamId, streamVersion, hash }) => ({
              streamId,
              streamVersion,
              hash,
            })),
          ),
        ],
      );
      if (!project) return;
      for (const proposalId of proposalIds) {
        const streamId = proposalStreamId(proposalId);
        const own = events.filter((e) => e.streamId === streamId);
        const recorded = own.map((e) => ({ ...e, globalPosition: 0, transactionId: '0' }));
        await this.projection.apply(tx, { streamId, nextExpectedVersion: own.length, events: recorded });
      }
    });
  }
}
