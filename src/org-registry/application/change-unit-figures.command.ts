import { Command } from '@nestjs/cqrs';
import type { Actor } from '../../shared/domain/actor';
import type { AdministrativeUnitView } from '../org-registry.types';

/** An admin enters or corrects a unit's population or natural area (null clears it to unknown). */
export class ChangeUnitFiguresCommand extends Command<AdministrativeUnitView> {
  constructor(
    readonly code: string,
    readonly figures: { population?: number | null; areaKm2?: number | null },
    readonly reason: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
