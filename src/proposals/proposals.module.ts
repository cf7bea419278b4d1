import { Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import { OrgRegistryModule } from '../org-registry';
import { OrgDirectory } from './application/org-directory.port';
import { RegistryOrgDirectory } from './application/registry-org-directory';
import { RegistryUnitFacts } from './application/registry-unit-facts';
import { UnitFactsLookup } from './application/unit-facts.port';
import { AttachmentsController } from './http/attachments.controller';
import { MergerReservationPolicy } from './projections/merger-reservation.policy';
import { ExecuteProposalCommandHandler } from './application/execute-proposal-command.handler';
import { GetInboxHandler } from './application/get-inbox.handler';
import { GetProposalHistoryHandler } from './application/get-proposal-history.handler';
import { GetProposalAtHandler } from './application/get-proposal-at.handler';
import { GetProposalHandler } from './application/get-proposal.handler';
import { ListProposalsHandler } from './application/list-proposals.handler';
import { ProposalCommandPreparer } from './application/proposal-command.preparer';
import { ProposalCommandSender } from './http/proposal-command.sender';
import { ProposalDraftingController } from './http/proposal-drafting.controller';
import { ProposalQueriesController } from './http/proposal-queries.controller';
import { ProposalReviewController } from './http/proposal-review.controller';
import { ProposalReadModelProjection } from './projections/proposal-read-model.projection';
import { PROPOSAL_STREAM_PREFIX } from './application/proposal-stream';

@Module({
  imports: [CqrsModule, OrgRegistryModule],
  controllers: [
    ProposalDraftingController,
    ProposalReviewController,
    ProposalQueriesController,
    AttachmentsController,
  ],
  providers: [
    ProposalCommandSender,
    ProposalCommandPreparer,
    ExecuteProposalCommandHandler,
    GetProposalHandler,
    GetProposalAtHandler,
    ListProposalsHandler,
    GetInboxHandler,
    GetProposalHistoryHandler,
    ProposalReadModelProjection,
    MergerReservationPolicy,
    { provide: UnitFactsLookup, useClass: RegistryUnitFacts },
    { provide: OrgDirectory, useClass: RegistryOrgDirectory },
  ],
  exports: [ProposalReadModelProjection],
})
export class ProposalsModule implements OnModuleInit {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly readModel: ProposalReadModelProjection,
    private readonly reservations: MergerReservationPolicy,
  ) {}

  /** Inline projections commit with every append: as parts of its statement, or in its transaction. */
  onModuleInit(): void {
    const proposals = { streamPrefix: PROPOSAL_STREAM_PREFIX };
    this.store.onAppend((tx, appended) => this.readModel.apply(tx, appended), {
      ...proposals,
      parts: (planned) => this.readModel.statementParts(planned),
    });
    this.store.onAppend((tx, appended) => this.reservations.apply(tx, appended), {
      ...proposals,
      parts: (planned) => this.reservations.statementParts(planned),
    });
  }
}
