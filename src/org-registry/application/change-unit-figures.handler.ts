import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Clock } from '../../shared/clock';
import { UnitNotFound } from '../org-registry.errors';
import { OrgRegistryQueries } from '../org-registry.queries';
import type { AdministrativeUnitView } from '../org-registry.types';
import { UNIT_FIGURES } from './change-targets';
import { ChangeUnitFiguresCommand } from './change-unit-figures.command';
import { changeRegistry } from './registry-change';

@CommandHandler(ChangeUnitFiguresCommand)
export class ChangeUnitFiguresHandler implements ICommandHandler<ChangeUnitFiguresCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queries: OrgRegistryQueries,
  ) {}

  execute(cmd: ChangeUnitFiguresCommand): Promise<AdministrativeUnitView> {
    return changeRegistry(
      this.dataSource,
      UNIT_FIGURES,
      { code: cmd.code, patch: cmd.figures, reason: cmd.reason, actor: cmd.actor, at: this.clock.now() },
      () => new UnitNotFound([cmd.code]),
      (tx) => this.queries.findUnit(cmd.code, { manager: tx }),
    );
  }
}
