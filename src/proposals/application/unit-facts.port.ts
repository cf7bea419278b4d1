import type { Tx } from '../../event-store/event-store.types';
import type { UnitFacts } from '../domain/proposal.types';

/** What the proposal workflow needs from the org registry; the registry module provides it. */
export abstract class UnitFactsLookup {
  /** Facts of the named units, in the order asked; throws a not-found error naming unknown codes. */
  abstract findUnitFacts(codes: string[], tx?: Tx): Promise<UnitFacts[]>;
}
