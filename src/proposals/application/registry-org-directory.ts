import { Injectable } from '@nestjs/common';
import type { Tx } from '../../event-store/event-store.types';
import { OrgRegistryQueries } from '../../org-registry';
import { OrgDirectory } from './org-directory.port';

/** Member counts from the org registry, read on the command's connection (in its transaction if it has one). */
@Injectable()
export class RegistryOrgDirectory extends OrgDirectory {
  constructor(private readonly registry: OrgRegistryQueries) {
    super();
  }

  async memberCountOf(bodyCode: string, tx?: Tx): Promise<number | null> {
    const body = await this.registry.findBody(bodyCode, tx);
    return body?.memberCount ?? null;
  }

  async unknownOrgCodes(codes: string[], tx?: Tx): Promise<string[]> {
    const unknown: string[] = [];
    for (const code of new Set(codes)) {
      const known = (await this.registry.findAgency(code, tx)) ?? (await this.registry.findBody(code, tx));
      if (!known) unknown.push(code);
    }
    return unknown;
  }
}
