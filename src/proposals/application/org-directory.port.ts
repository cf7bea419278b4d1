import type { Tx } from '../../event-store/event-store.types';

/** What submission and drafting need to know about agencies and bodies; the registry module provides it. */
export abstract class OrgDirectory {
  /** null when the registry does not know the body's size. */
  abstract memberCountOf(bodyCode: string, tx?: Tx): Promise<number | null>;
  /** The codes among `codes` that are neither an agency nor a body in the registry. */
  abstract unknownOrgCodes(codes: string[], tx?: Tx): Promise<string[]>;
}
