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
    if (codes.length === 0) return [];
    const known = await this.registry.knownOrgCodes(codes, tx);
    return [...new Set(codes)].filter((code) => !known.has(code));
  }
}
