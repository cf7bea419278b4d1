import type { Actor } from '../../shared/domain/actor';
import type { ProposalCommand } from '../domain/proposal.commands';

export interface IdempotencyRequest {
  key: string;
  requestHash: string;
}

/** The domain command without its metadata: the handler adds the actor and the clock's time. */
export type ProposalCommandBody = Omit<ProposalCommand, 'metadata'>;

/** Inputs the preparer turns into registry facts before the decider sees the command. */
export interface CommandInputs {
  unitCodes?: string[];
  resultingUnit?: { name: string; unitType: string } | null;
  /** An attachment's bytes, stored content-addressed in the command's transaction. */
  blob?: { sha256: string; mediaType: string; content: Buffer };
}

/**
 * Every proposal command goes through this envelope: the HTTP layer maps a route to a domain
 * command, the handler adds time, checks visibility and runs it atomically: as one statement, or in one
 * transaction when it carries an idempotency key or stores an attachment's bytes.
 */
export class ExecuteProposalCommand {
  constructor(
    readonly proposalId: string,
    readonly command: ProposalCommandBody,
    readonly actor: Actor,
    readonly correlationId: string,
    readonly expectedVersion?: number,
    readonly idempotency?: IdempotencyRequest,
    readonly inputs: CommandInputs = {},
  ) {}
}

export interface ProposalCommandResult {
  proposalId: string;
  version: number;
  status: string;
}
