import { Command } from '@nestjs/cqrs';
import type { Actor } from '../../shared/domain/actor';
import type { BodyView } from '../org-registry.types';

/** An admin enters the real number of a body's members (the Standing Committee's decides its majority). */
export class ChangeBodyMembersCommand extends Command<BodyView> {
  constructor(
    readonly code: string,
    readonly memberCount: number,
    readonly reason: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
