import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Clock } from '../../shared/clock';
import { BodyNotFound } from '../org-registry.errors';
import { OrgRegistryQueries } from '../org-registry.queries';
import type { BodyView } from '../org-registry.types';
import { ChangeBodyMembersCommand } from './change-body-members.command';
import { BODY_MEMBERS } from './change-targets';
import { changeRegistry } from './registry-change';

@CommandHandler(ChangeBodyMembersCommand)
export class ChangeBodyMembersHandler implements ICommandHandler<ChangeBodyMembersCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queries: OrgRegistryQueries,
  ) {}

  execute(cmd: ChangeBodyMembersCommand): Promise<BodyView> {
    return changeRegistry(
      this.dataSource,
      BODY_MEMBERS,
      {
        code: cmd.code,
        patch: { memberCount: cmd.memberCount },
        reason: cmd.reason,
        actor: cmd.actor,
        at: this.clock.now(),
      },
      () => new BodyNotFound(cmd.code),
      (tx) => this.queries.getBody(cmd.code, tx),
    );
  }
}
