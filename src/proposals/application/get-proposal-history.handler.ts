import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PostgresEventStore } from '../../event-store/postgres-event-store';
import { GetProposalHandler } from './get-proposal.handler';
import { GetProposalHistoryQuery, GetProposalQuery } from './proposal-queries';
import { proposalStreamId } from './proposal-stream';

export interface HistoryEntry {
  position: number;
  version: number;
  type: string;
  recordedAt: string;
  actor: unknown;
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
    for await (const e of this.store.readStream(proposalStreamId(proposalId))) {
      entries.push({
        position: e.globalPosition,
        version: e.streamVersion,
        type: e.type,
        recordedAt: e.recordedAt.toISOString(),
        actor: e.metadata.actor ?? null,
        correlationId: e.metadata.correlationId ?? null,
        data: e.data,
        hash: e.hash,
        previousHash: e.previousHash,
      });
    }
    return entries;
  }
}
