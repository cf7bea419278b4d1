import { randomUUID } from 'node:crypto';

/** Time as the service sees it; tests provide a fixed or movable clock. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Identifiers as the service creates them; tests provide predictable ones. */
export abstract class IdGenerator {
  abstract uuid(): string;
}

export class RandomIdGenerator extends IdGenerator {
  uuid(): string {
    return randomUUID();
  }
}
