import type { Actor } from '../../shared/domain/actor';

/** An admin records that the central guidance a conditional task waits for has been issued. */
export class RecordGuidanceCommand {
  constructor(
    readonly taskId: string,
    readonly guidance: { document: string; guidanceDate: string; dueDate: string | null },
    readonly reason: string,
    readonly actor: Actor,
  ) {}
}
