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

export class GetInboxQuery {
  constructor(readonly actor: Actor) {}
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
