import type { WorkingCalendar } from '../../shared/domain/working-calendar';

// 08:00 in Vietnam (UTC+7) is 01:00 UTC: chasers arrive at the start of a working day.
const MORNING_UTC = 'T01:00:00.000Z';

const dayBefore = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10);

const dayAfter = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);

/** 08:00 local on the last working day before the due date (the due day itself if none is after opening). */
export const reminderAt = (dueOn: string, openedOn: string, calendar: WorkingCalendar): string => {
  let day = dayBefore(dueOn);
  while (day > openedOn && !calendar.isWorkingDay(day)) day = dayBefore(day);
  return `${day > openedOn ? day : dueOn}${MORNING_UTC}`;
};

/** 08:00 local on the first working day after the due date: the stage is overdue by then. */
export const escalationAt = (dueOn: string, calendar: WorkingCalendar): string => {
  let day = dayAfter(dueOn);
  while (!calendar.isWorkingDay(day)) day = dayAfter(day);
  return `${day}${MORNING_UTC}`;
};
