import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { foldForSearch } from '../../shared/domain/text';
import { decodePageCursor, encodePageCursor } from './page-cursor';
import { VISIBILITY_SQL, visibilityParams } from './proposal-access';
import { ListProposalsQuery } from './proposal-queries';

export interface ProposalListItem {
  proposalId: string;
  title: string;
  proposalType: string;
  status: string;
  leadAgency: string;
  currentStageId: string | null;
  dueOn: string | null;
  version: number;
}

interface Cursor {
  title: string;
  id: string;
}

const decodeCursor = (text: string): Cursor | null => {
  const c = decodePageCursor(text) as Partial<Cursor> | undefined;
  return typeof c?.title === 'string' && typeof c.id === 'string' ? { title: c.title, id: c.id } : null;
};

/** Filtered, diacritic-insensitive, Vietnamese-collated list with keyset pagination. */
@QueryHandler(ListProposalsQuery)
export class ListProposalsHandler implements IQueryHandler<ListProposalsQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({
    filter,
    actor,
  }: ListProposalsQuery): Promise<{ items: ProposalListItem[]; nextCursor: string | null }> {
    const params: unknown[] = [...visibilityParams(actor)];
    const where = [VISIBILITY_SQL];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.type) add('proposal_type = ?', filter.type);
    if (filter.leadAgency) add('lead_agency = ?', filter.leadAgency);
    if (filter.stage) add('current_stage_id = ?', filter.stage);
    if (filter.body) add('? = ANY(open_bodies)', filter.body);
    if (filter.q)
      add(`title_folded LIKE '%' || ? || '%'`, foldForSearch(filter.q).replace(/[%_\\]/g, '\\$&'));
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : null;
    if (cursor) {
      params.push(cursor.title, cursor.id);
      where.push(`(title, proposal_id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(filter.limit + 1);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT proposal_id, title, proposal_type, status, lead_agency, current_stage_id, due_on::text AS due_on, version
         FROM proposals_v1 WHERE ${where.join(' AND ')}
        ORDER BY title, proposal_id LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, filter.limit).map((r) => ({
      proposalId: r.proposal_id as string,
      title: r.title as string,
      proposalType: r.proposal_type as string,
      status: r.status as string,
      leadAgency: r.lead_agency as string,
      currentStageId: r.current_stage_id as string | null,
      dueOn: r.due_on as string | null,
      version: r.version as number,
    }));
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > filter.limit && last
          ? encodePageCursor({ title: last.title, id: last.proposalId })
          : null,
    };
  }
}
