import { PROPOSAL_EVENT_UPCASTERS } from '../../proposals/domain/proposal.events';
import { UpcasterRegistry } from './upcaster-registry';

/**
 * The composition of every module's upcasters, and the store's default. Kept here rather than in
 * each Nest module's init so that every PostgresEventStore (the app, the CLI, the worker, test
 * fixtures) reads old events the same way; the upcasters themselves live with their domain events.
 */
export const registeredUpcasters = new UpcasterRegistry([...PROPOSAL_EVENT_UPCASTERS]);
