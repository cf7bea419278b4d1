import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../event-store/command-runner';
import { IdempotencyStore } from '../../event-store/idempotency.store';
import type { Tx } from '../../event-store/event-store.types';
import { PostgresEventStore } from '../../event-store/postgres-event-store';
import { Clock } from '../../shared/clock';
import type { ProposalCommand } from '../domain/proposal.commands';
import type { Proposal, ProposalState } from '../domain/proposal.state';
import { ExecuteProposalCommand, type ProposalCommandResult } from './execute-proposal-command';
import { ProposalCommandPreparer } from './proposal-command.preparer';
import { canSee, type VisibleFacts } from './proposal-access';
import { IdempotencyKeyReused, ProposalNotFound } from './proposal-errors';
import { proposalDecider, proposalStreamId } from './proposal-stream';

const visibleFacts = (p: Proposal): VisibleFacts => ({
  lead_agency: p.leadAgency,
  status: p.status,
  coordinating_agencies: p.coordinatingAgencies,
});

/**
 * Idempotency claim → read, fold → visibility from the folded stream → prepare → decide, append →
 * record response: one transaction. Without an idempotency key or a write of its own while
 * preparing, a command needs none: its append alone writes, as one statement.
 */
@CommandHandler(ExecuteProposalCommand)
export class ExecuteProposalCommandHandler implements ICommandHandler<
  ExecuteProposalCommand,
  ProposalCommandResult
> {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly runner: CommandRunner,
    private readonly idempotency: IdempotencyStore,
    private readonly preparer: ProposalCommandPreparer,
    private readonly clock: Clock,
  ) {}

  execute(c: ExecuteProposalCommand): Promise<ProposalCommandResult> {
    if (c.idempotency || this.preparer.writes(c.command, c.inputs))
      return this.store.transaction((tx) => this.executeIn(tx, c));
    // Only the append writes: it commits alone, as one statement that checks the head it read.
    return this.decideAndAppend(c);
  }

  private async executeIn(tx: Tx, c: ExecuteProposalCommand): Promise<ProposalCommandResult> {
    if (c.idempotency) {
      const claim = await this.idempotency.claim(
        tx,
        c.actor.id,
        c.idempotency.key,
        c.idempotency.requestHash,
      );
      if (claim.outcome === 'mismatch') throw new IdempotencyKeyReused();
      if (claim.outcome === 'replay') return claim.response.body as ProposalCommandResult;
    }
    const response = await this.decideAndAppend(c, tx);
    if (c.idempotency) {
      await this.idempotency.complete(tx, c.actor.id, c.idempotency.key, {
        status: 200,
        body: response,
        headers: {},
      });
    }
    return response;
  }

  /** In `tx` when given; otherwise each read on its own and the append as one statement. */
  private async decideAndAppend(c: ExecuteProposalCommand, tx?: Tx): Promise<ProposalCommandResult> {
    const now = this.clock.now().toISOString();
    const { actor } = c;
    const commandFrom = async (state: ProposalState, inTx: Tx): Promise<ProposalCommand> => {
      const proposal = this.visibleProposal(state, c);
      const body = await this.preparer.prepare(c.command, {
        tx: inTx,
        now,
        proposalType: proposal?.proposalType ?? null,
        ...c.inputs,
      });
      return { ...body, metadata: { actor, now } } as ProposalCommand;
    };
    const result = await this.runner.handleFrom(
      proposalStreamId(c.proposalId),
      proposalDecider,
      commandFrom,
      {
        expectedVersion: c.expectedVersion,
        tx,
        outsideTransaction: tx === undefined,
        metadata: {
          actor: {
            id: actor.id,
            name: actor.name,
            roles: actor.roles,
            orgUnit: actor.orgUnit ?? null,
            bodies: actor.bodies,
          },
          correlationId: c.correlationId,
          commandType: c.command.type,
        },
      },
    );
    return { proposalId: c.proposalId, version: result.version, status: result.state.status };
  }

  /**
   * The proposal as its stream has it, if the actor may see it; a proposal it may not see, or none,
   * is not found (a new draft needs none).
   */
  private visibleProposal(state: ProposalState, c: ExecuteProposalCommand): Proposal | null {
    const proposal = state.status === 'Empty' ? null : state;
    if (c.command.type === 'CreateDraft') return proposal;
    if (!proposal || !canSee(c.actor, visibleFacts(proposal))) throw new ProposalNotFound(c.proposalId);
    return proposal;
  }
}
