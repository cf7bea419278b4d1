import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { GetInboxQuery } from './proposal-queries';

export interface InboxItem {
  proposalId: string;
  title: string;
  stageId: string;
  stageKind: string;
  bodies: string[];
  dueOn: string | null;
  version: number;
}

/** The open stages the caller's bodies must act on, oldest due first. */
@QueryHandler(GetInboxQuery)
export class GetInboxHandler implements IQueryHandler<GetInboxQuery, InboxItem[]> {
  constructor(private readonly db: DataSource) {}

  async execute({ actor }: GetInboxQuery): Promise<InboxItem[]> {
    if (actor.bodies.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT proposal_id, title, current_stage_id, current_stage_kind, open_bodies, due_on::text AS due_on, version
         FROM proposals_v1
        WHERE status = 'InReview' AND open_bodies && $1::text[]
        ORDER BY due_on NULLS LAST, submitted_at, proposal_id`,
      [actor.bodies],
    );
    return rows.map((r) => ({
      proposalId: r.proposal_id as string,
      title: r.title as string,
      stageId: r.current_stage_id as string,
      stageKind: r.current_stage_kind as string,
      bodies: (r.open_bodies as string[]).filter((b) => actor.bodies.includes(b)),
      dueOn: r.due_on as string | null,
      version: r.version as number,
    }));
  }
}
