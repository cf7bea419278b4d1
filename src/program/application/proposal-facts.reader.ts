import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BeforeAfter } from '../../proposals/domain/proposal.types';
import type { MergerHold } from '../domain/eligibility';
import type { ProposalFact } from '../domain/progress.types';

interface ProposalRow extends Omit<ProposalFact, 'planned' | 'implementation'> {
  planned: { staffing: BeforeAfter; deputies: BeforeAfter };
  implementation: {
    decisionNumber: string;
    decisionDate: string;
    actualFigures: { staffing: BeforeAfter; deputies: BeforeAfter };
  } | null;
}

/**
 * Reads the proposals' read model (proposals_v1, kept by the proposals module in each append's
 * transaction) and the merger reservations the registry holds. Read only: the proposals module exports
 * no query for whole states and we may not change it, so, like the notification routing, we read the
 * table; one place to adapt if its shape moves to a v2.
 */
@Injectable()
export class ProposalFactsReader {
  constructor(private readonly dataSource: DataSource) {}

  async proposals(): Promise<ProposalFact[]> {
    const rows: ProposalRow[] = await this.dataSource.query(`
      SELECT proposal_id::text AS "proposalId", title, proposal_type AS "proposalType", status,
             lead_agency AS "leadAgency", state->>'taskId' AS link,
             ARRAY(SELECT u->>'code' FROM jsonb_array_elements(COALESCE(state->'units', '[]')) u) AS "unitCodes",
             state->'approval'->>'approvedAt' AS "approvedAt",
             state->'figures' AS planned,
             state->'implementation' AS implementation
        FROM proposals_v1
       ORDER BY submitted_at NULLS LAST, proposal_id`);
    return rows.map(({ implementation, planned, ...row }) => ({
      ...row,
      planned: { staffing: planned.staffing, deputies: planned.deputies },
      implementation: implementation && {
        decisionNumber: implementation.decisionNumber,
        decisionDate: implementation.decisionDate,
        staffing: implementation.actualFigures.staffing,
        deputies: implementation.actualFigures.deputies,
      },
    }));
  }

  /** Units a merger proposal holds (open, approved or implemented; released ones are gone). */
  async mergerHolds(): Promise<MergerHold[]> {
    return this.dataSource.query(`
      SELECT r.unit_code AS "unitCode", r.proposal_id::text AS "proposalId",
             COALESCE(p.status, 'Unknown') AS status
        FROM merger_reservations r
        LEFT JOIN proposals_v1 p ON p.proposal_id = r.proposal_id
       ORDER BY r.unit_code`);
  }
}
