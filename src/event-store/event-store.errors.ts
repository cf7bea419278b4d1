import type { ExpectedVersion } from './event-store.types';

/** The stream moved on since the caller read it; retry with fresh state or report 409. */
export class ConcurrencyError extends Error {
  override name = 'ConcurrencyError';

  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly actualVersion: number,
  ) {
    super(`stream ${streamId}: expected version ${expectedVersion}, actual ${actualVersion}`);
  }
}

/** An event the store cannot keep faithfully (e.g. U+0000, which jsonb refuses, or a non-JSON value). */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}
