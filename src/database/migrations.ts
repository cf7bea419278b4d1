import { EventStore1764400000000 } from './migrations/1764400000000-event-store';

/** Every migration, in order. Listed by hand so the build and the tests run the same set. */
export const migrations = [EventStore1764400000000];
