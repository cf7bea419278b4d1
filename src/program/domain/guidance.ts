import type { GuidanceRecord } from './deadline';
import {
  DueDateBeforeGuidance,
  GuidanceDateInFuture,
  ProgramTaskNotFound,
  TaskNotAwaitingGuidance,
} from './program.errors';
import type { ActionProgram } from './program.types';

export interface RecordGuidance {
  taskId: string;
  document: string;
  guidanceDate: string;
  dueDate: string | null;
  reason: string;
  recordedBy: { id: string; name: string };
  /** The instant of recording and its calendar date in Vietnam, from the caller's clock. */
  recordedAt: string;
  today: string;
}

/**
 * Dates a conditional task: the guidance it waited for has been issued. A later record for the same
 * task supersedes the earlier one (both are kept).
 */
export const recordGuidance = (program: ActionProgram, command: RecordGuidance): GuidanceRecord => {
  const task = program.tasks.find((candidate) => candidate.id === command.taskId);
  if (!task) throw new ProgramTaskNotFound(command.taskId);
  if (task.deadline.kind !== 'on-central-guidance') throw new TaskNotAwaitingGuidance(task.id);
  if (command.guidanceDate > command.today)
    throw new GuidanceDateInFuture(command.guidanceDate, command.today);
  if (command.dueDate !== null && command.dueDate < command.guidanceDate)
    throw new DueDateBeforeGuidance(command.dueDate, command.guidanceDate);
  return {
    taskId: task.id,
    document: command.document,
    guidanceDate: command.guidanceDate,
    dueDate: command.dueDate,
    recordedBy: command.recordedBy,
    recordedAt: command.recordedAt,
    reason: command.reason,
  };
};
