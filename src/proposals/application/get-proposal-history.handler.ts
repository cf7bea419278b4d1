import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PostgresEventStore } from '../../event-store/postgres-event-store';
import type { LocalisedText } from '../../shared/domain/domain-error';
import { GetProposalHandler } from './get-proposal.handler';
import { summarizeEvent } from './history-summary';
import { GetProposalHistoryQuery, GetProposalQuery } from './proposal-queries';
import { proposalStreamId } from './proposal-stream';

export interface HistoryActor {
  id: string;
  name: string;
  roles: string[];
  orgUnit: string | null;
  bodies: string[];
}

export interface HistoryEntry {
  position: number;
  version: number;
  type: string;
  schemaVersion: number;
  recordedAt: string;
  actor: HistoryActor | null;
  /** Set when the actor acted as a delegate: the body and the holder who delegated it. */
  actingFor: unknown;
  summary: LocalisedText;
  correlationId: unknown;
  data: unknown;
  hash: string;
  previousHash: string | null;
}

/** Every event of one proposal in stream order, with who did it and when. */
@QueryHandler(GetProposalHistoryQuery)
export class GetProposalHistoryHandler implements IQueryHandler<GetProposalHistoryQuery, HistoryEntry[]> {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly queries: QueryBus,
  ) {}

  async execute({ proposalId, actor }: GetProposalHistoryQuery): Promise<HistoryEntry[]> {
    await this.queries.execute<GetProposalQuery, Awaited<ReturnType<GetProposalHandler['execute']>>>(
      new GetProposalQuery(proposalId, actor),
    ); // the same visibility rule as the detail: 404 when not visible
    const entries: HistoryEntry[] = [];
    // As stored (not upcast), so the data shown is the data its hash covers.
    for await (const e of this.store.readStream(proposalStreamId(proposalId), { upcast: false })) {
      const actor = (e.metadata.actor as HistoryActor | undefined) ?? null;
      const data = e.data as Record<string, unknown>;
      entries.push({
        position: e.globalPosition,
        version: e.streamVersion,
        type: e.type,
        schemaVersion: e.schemaVersion,
        recordedAt: e.recordedAt.toISOString(),
        actor,
        actingFor: data.actingFor ?? null,
        summary: summarizeEvent(e.type, data, actor?.name ?? null),
        correlationId: e.metadata.correlationId ?? null,
        data: e.data,
        hash: e.hash,
        previousHash: e.previousHash,
      });
    }
    return entries;
  }
}
