import type { Tx } from '../../event-store/event-store.types';

/** How many members a voting body has today; the registry module provides it. */
export abstract class CommitteeSizeLookup {
  /** null when the registry does not know the body's size. */
  abstract memberCountOf(bodyCode: string, tx?: Tx): Promise<number | null>;
}
