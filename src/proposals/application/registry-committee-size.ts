import { Injectable } from '@nestjs/common';
import type { Tx } from '../../event-store/event-store.types';
import { OrgRegistryQueries } from '../../org-registry';
import { CommitteeSizeLookup } from './committee-size.port';

/** Member counts from the org registry, read in the command's transaction. */
@Injectable()
export class RegistryCommitteeSize extends CommitteeSizeLookup {
  constructor(private readonly registry: OrgRegistryQueries) {
    super();
  }

  async memberCountOf(bodyCode: string, tx?: Tx): Promise<number | null> {
    const body = await this.registry.findBody(bodyCode, tx);
    return body?.memberCount ?? null;
  }
}
