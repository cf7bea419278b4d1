import type { WorkingCalendar } from '../../shared/domain/working-calendar';
import type { ResolvedDeadline } from './deadline';
import type { TargetFigures, TargetStatus } from './progress.types';

/** Where the program stands on its calendar: working days elapsed of those allowed. */
export interface Schedule {
  today: string;
  overdueFrom: string | null;
  elapsedWorkingDays: number;
  totalWorkingDays: number;
}

export const scheduleOf = (
  startsOn: string,
  deadline: ResolvedDeadline,
  today: string,
  calendar: WorkingCalendar,
): Schedule => ({
  today,
  overdueFrom: deadline.overdueFrom,
  elapsedWorkingDays: calendar.workingDaysBetween(startsOn, today < startsOn ? startsOn : today),
  totalWorkingDays: deadline.dueOn ? calendar.workingDaysBetween(startsOn, deadline.dueOn) : 0,
});

export type Measured = Omit<TargetFigures, 'targetId' | 'status' | 'percentOfTarget'> & {
  /** The baseline needs figures nobody has entered: no status can be given. */
  noBaseline?: boolean;
};

/**
 * met: achieved reaches the target; overdue: not met and the deadline's last working day has passed;
 * on track: the share achieved is at least the share of working days elapsed; behind otherwise.
 * Compared in whole numbers, so 10.0% of a 10,000 baseline is met and 9.99% is not.
 */
export const statusOf = (measured: Measured, schedule: Schedule): TargetStatus => {
  if (measured.noBaseline) return 'no-baseline';
  const { target, achieved } = measured;
  if (target === null) return 'no-target';
  if (achieved >= target) return 'met';
  if (schedule.overdueFrom !== null && schedule.today >= schedule.overdueFrom) return 'overdue';
  return achieved * schedule.totalWorkingDays >= target * schedule.elapsedWorkingDays ? 'on-track' : 'behind';
};

export const percentOfTarget = (achieved: number, target: number | null): number | null =>
  target === null ? null : target === 0 ? 100 : Math.floor((achieved * 1000) / target) / 10;

export const finish = (targetId: string, measured: Measured, schedule: Schedule): TargetFigures => {
  const { noBaseline: _noBaseline, ...figures } = measured;
  return {
    targetId,
    ...figures,
    percentOfTarget: percentOfTarget(measured.achieved, measured.target),
    status: statusOf(measured, schedule),
  };
};
