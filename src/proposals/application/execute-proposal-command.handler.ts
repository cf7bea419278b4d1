import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { queryPrepared, type PreparedStatement } from '../../database/prepared-query';
import { CommandRunner } from '../../event-store/command-runner';
import { IdempotencyStore } from '../../event-store/idempotency.store';
import type { Tx } from '../../event-store/event-store.types';
import { PostgresEventStore } from '../../event-store/postgres-event-store';
import { Clock } from '../../shared/clock';
import type { ProposalCommand } from '../domain/proposal.commands';
import type { ProposalType } from '../domain/proposal.types';
import { ExecuteProposalCommand, type ProposalCommandResult } from './execute-proposal-command';
import { ProposalCommandPreparer } from './proposal-command.preparer';
import { canSee, type VisibleFacts } from './proposal-access';
import { IdempotencyKeyReused, ProposalNotFound } from './proposal-errors';
import { proposalDecider, proposalStreamId } from './proposal-stream';

type Row = VisibleFacts & { proposal_type: ProposalType };

/** What access and preparation need, read before every command: planned once per connection. */
const VISIBLE_ROW: PreparedStatement = {
  name: 'proposals_v1.visible-row',
  text: 'SELECT lead_agency, status, coordinating_agencies, proposal_type FROM proposals_v1 WHERE proposal_id = $1',
};

/** Idempotency claim → visibility → prepare → read, fold, decide, append → record response: one transaction. */
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

  execute(c: ExecuteProposalCommand) {
    return this.store.transaction(async (tx) => {
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
      const row = await this.visibleRow(tx, c);
      const now = this.clock.now().toISOString();
      const body = await this.preparer.prepare(c.command, {
        tx,
        now,
        proposalType: row?.proposal_type ?? null,
        ...c.inputs,
      });
      const command = { ...body, metadata: { actor: c.actor, now } } as ProposalCommand;
      const { actor } = c;
      const result = await this.runner.handle(proposalStreamId(c.proposalId), proposalDecider, command, {
        expectedVersion: c.expectedVersion,
        tx,
        metadata: {
          actor: {
            id: actor.id,
            name: actor.name,
            roles: actor.roles,
            orgUnit: actor.orgUnit ?? null,
            bodies: actor.bodies,
          },
          correlationId: c.correlationId,
          commandType: command.type,
        },
      });
      const response: ProposalCommandResult = {
        proposalId: c.proposalId,
        version: result.version,
        status: result.state.status,
      };
      if (c.idempotency) {
        await this.idempotency.complete(tx, c.actor.id, c.idempotency.key, {
          status: 200,
          body: response,
          headers: {},
        });
      }
      return response;
    });
  }

  private async visibleRow(tx: Tx, c: ExecuteProposalCommand): Promise<Row | null> {
    const rows = await queryPrepared<Row>(tx, VISIBLE_ROW, [c.proposalId]);
    const row = rows[0] ?? null;
    if (c.command.type === 'CreateDraft') return row;
    if (!row || !canSee(c.actor, row)) throw new ProposalNotFound(c.proposalId);
    return row;
  }
}
