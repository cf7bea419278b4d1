import { Command } from '@nestjs/cqrs';
import type { Actor } from '../../shared/domain/actor';
import type { AgencyView } from '../org-registry.types';

export interface AgencyDetails {
  staffingBaseline2015?: number | null;
  staffingCurrent?: number | null;
  focalPoints?: number | null;
  deputies?: number | null;
  webhookUrl?: string | null;
  email?: string | null;
}

/** An admin enters an agency's figures (biên chế 2015 and now, đầu mối, cấp phó) or its contacts. */
export class ChangeAgencyDetailsCommand extends Command<AgencyView> {
  constructor(
    readonly code: string,
    readonly details: AgencyDetails,
    readonly reason: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
