import { InvalidUpcasterChain, UnknownSchemaVersion, type Upcastable, type Upcaster } from './upcaster';

type Step = (data: unknown) => unknown;

const stepKey = (type: string, fromVersion: number) => `${type}@${fromVersion}`;

/**
 * Every upcaster the service knows, keyed by (type, fromVersion). An event type's current schema
 * version is one past its newest upcaster (1 without any): new appends are written at it, and reads
 * lift older stored events to it step by step.
 * @publicApi
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Step>();
  private readonly current = new Map<string, number>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const { type, fromVersion, upcast } of upcasters) {
      if (!type || !Number.isSafeInteger(fromVersion) || fromVersion < 1) {
        throw new InvalidUpcasterChain(`upcaster ${type}@${fromVersion}: needs a type and a version >= 1`);
      }
      const key = stepKey(type, fromVersion);
      if (this.steps.has(key)) throw new InvalidUpcasterChain(`two upcasters for ${key}`);
      this.steps.set(key, upcast as Step);
      this.current.set(type, Math.max(this.currentVersion(type), fromVersion + 1));
    }
    // A gap would leave events of the missing version unreadable: refuse it before the first read.
    for (const [type, current] of this.current) {
      for (let version = 1; version < current; version++) {
        if (!this.steps.has(stepKey(type, version))) {
          throw new InvalidUpcasterChain(`no upcaster for ${stepKey(type, version)} (current ${current})`);
        }
      }
    }
  }

  /** The schema version this code writes new events of `type` with. */
  currentVersion(type: string): number {
    return this.current.get(type) ?? 1;
  }

  /** The event in the current shape; a new object when upcast, the same one when already current. */
  upcast<E extends Upcastable>(event: E): E {
    const current = this.currentVersion(event.type);
    if (event.schemaVersion === current) return event;
    if (event.schemaVersion > current) {
      throw new UnknownSchemaVersion(event.type, event.schemaVersion, current);
    }
    let data = event.data;
    for (let version = event.schemaVersion; version < current; version++) {
      data = this.steps.get(stepKey(event.type, version))!(data);
    }
    return { ...event, data, schemaVersion: current };
  }
}
