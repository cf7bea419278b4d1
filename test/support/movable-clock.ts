import { Clock } from '../../src/shared/clock';

/** A clock a test sets and moves, so deadlines pass without sleeping. */
export class MovableClock extends Clock {
  constructor(private instant: string) {
    super();
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: string): void {
    this.instant = instant;
  }
}
