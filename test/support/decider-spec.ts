import type { Decider } from '../../src/shared/domain/decider';
import { DomainError } from '../../src/shared/domain/domain-error';

type ErrorClass = abstract new (...args: never[]) => Error;

export interface ExpectedError {
  code?: string;
  kind?: DomainError['kind'];
  details?: Record<string, unknown>;
}

/**
 * Given events, when a command, then events or an error. A condensed cousin of Emmett's
 * deciderSpecification and ES.NodeJS's specification helper.
 */
export const deciderSpec =
  <S, C, E extends { type: string }>(decider: Decider<S, C, E>) =>
  (given: E[] = []) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState()));
      return {
        /** The exact events. */
        then: (expected: E[]) => expect(run()).toEqual(expected),
        /** Events matching in order, each checked only on the fields given. */
        thenMatch: (expected: Partial<{ type: string; data: unknown }>[]) => {
          const events = run();
          expect(events).toHaveLength(expected.length);
          expect(events).toMatchObject(expected);
        },
        /** Only the event types, in order. */
        thenTypes: (types: E['type'][]) => expect(run().map((event) => event.type)).toEqual(types),
        thenNothing: () => expect(run()).toEqual([]),
        /** The error's class, and optionally its code, kind and some of its details. */
        thenThrows: (type: ErrorClass, expected: ExpectedError = {}) => {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(type);
          if (expected.code !== undefined || expected.kind !== undefined || expected.details !== undefined) {
            expect(thrown).toBeInstanceOf(DomainError);
            const error = thrown as DomainError;
            if (expected.code !== undefined) expect(error.code).toBe(expected.code);
            if (expected.kind !== undefined) expect(error.kind).toBe(expected.kind);
            if (expected.details !== undefined) expect(error.details).toMatchObject(expected.details);
          }
        },
        /** The raw events, for assertions the helpers above do not cover. */
        events: run,
      };
    },
  });

/** Runs commands one after another through the decider, as the command runner would. */
export const replay = <S, C, E>(
  decider: Decider<S, C, E>,
  commands: C[],
  given: E[] = [],
): { events: E[]; state: S } => {
  const events: E[] = [...given];
  let state = given.reduce(decider.evolve, decider.initialState());
  for (const command of commands) {
    const produced = decider.decide(command, state);
    events.push(...produced);
    state = produced.reduce(decider.evolve, state);
  }
  return { events, state };
};
