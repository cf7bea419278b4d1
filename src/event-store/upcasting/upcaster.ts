/**
 * Turns the stored data of one event type at schema `fromVersion` into the shape of `fromVersion + 1`.
 * Pure and total: no I/O, no clock, no lookup of other events, and it must not mutate its argument.
 * Stored events are never rewritten, so every read runs the same steps again and must get the same
 * answer; a fact the old shape did not record becomes an explicit "unknown", never a guess.
 * @publicApi
 */
export interface Upcaster {
  type: string;
  fromVersion: number;
  /** `never` lets a typed domain function (`(data: V1) => V2`) register without a cast. */
  upcast: (data: never) => unknown;
}

/** What an upcaster reads and writes of an event; the rest of the envelope passes through. */
export interface Upcastable {
  type: string;
  schemaVersion: number;
  data: unknown;
}

/**
 * A stored event newer than this code understands (e.g. written by a newer replica during a rolling
 * deploy). Folding it as an older shape could silently misread it, so reading it fails instead.
 */
export class UnknownSchemaVersion extends Error {
  override name = 'UnknownSchemaVersion';

  constructor(
    readonly type: string,
    readonly storedVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `event ${type} is stored at schema version ${storedVersion}; this code knows up to ${knownVersion}`,
    );
  }
}

/** A registry that cannot upcast every stored version to the current one is refused at start-up. */
export class InvalidUpcasterChain extends Error {
  override name = 'InvalidUpcasterChain';
}
