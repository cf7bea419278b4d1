import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Clock } from '../../shared/clock';
import { AgencyNotFound } from '../org-registry.errors';
import { OrgRegistryQueries } from '../org-registry.queries';
import type { AgencyView } from '../org-registry.types';
import { ChangeAgencyDetailsCommand } from './change-agency-details.command';
import { AGENCY_DETAILS } from './change-targets';
import { changeRegistry } from './registry-change';

@CommandHandler(ChangeAgencyDetailsCommand)
export class ChangeAgencyDetailsHandler implements ICommandHandler<ChangeAgencyDetailsCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queries: OrgRegistryQueries,
  ) {}

  execute(cmd: ChangeAgencyDetailsCommand): Promise<AgencyView> {
    return changeRegistry(
      this.dataSource,
      AGENCY_DETAILS,
      {
        code: cmd.code,
        patch: { ...cmd.details },
        reason: cmd.reason,
        actor: cmd.actor,
        at: this.clock.now(),
      },
      () => new AgencyNotFound(cmd.code),
      (tx) => this.queries.getAgency(cmd.code, tx),
    );
  }
}
