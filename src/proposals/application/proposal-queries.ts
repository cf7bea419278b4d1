import type { Actor } from '../../shared/domain/actor';

export class GetProposalQuery {
  constructor(
    readonly proposalId: string,
    readonly actor: Actor,
  ) {}
}

export interface ListProposalsFilter {
  status?: string;
  type?: string;
  leadAgency?: string;
  stage?: string;
  body?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

export class ListProposalsQuery {
  constructor(
    readonly filter: ListProposalsFilter,
    readonly actor: Actor,
  ) {}
}

/** Where an inbox page starts: after this stage in the inbox's order (due date, submission, id). */
export interface InboxKey {
  /** An ISO date, or 'infinity' for a stage without one (those come last). */
  dueOn: string;
  /** In UTC to the microsecond (`2026-11-30T06:05:00.122000Z`), so the comparison is exact. */
  submittedAt: string;
  proposalId: string;
}

export class GetInboxQuery {
  constructor(
    readonly actor: Actor,
    readonly page: { limit: number; after?: InboxKey } = { limit: 50 },
  ) {}
}

export class GetProposalHistoryQuery {
  constructor(
    readonly proposalId: string,
    readonly actor: Actor,
  ) {}
}

/** A point in a proposal's past: up to an instant, or up to a stream version. */
export class GetProposalAtQuery {
  constructor(
    readonly proposalId: string,
    readonly actor: Actor,
    readonly at: { asOf?: Date; version?: number },
  ) {}
}
