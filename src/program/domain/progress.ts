import { assertNever } from '../../shared/domain/decider';
import { resolveDeadline, type ResolvedDeadline } from './deadline';
import { councilViceChairs, pilotCommunes, pilotDistricts } from './pilot-measures';
import { buildContext, type ProgressContext, type Scope } from './progress-context';
import type { ProgramTarget } from './program.types';
import type { DistrictProgress, ProgressFacts, ProgressReport, TargetProgress } from './progress.types';
import { finish, scheduleOf, type Measured, type Schedule } from './target-status';
import { taskProgress } from './task-progress';
import { communeMergers, hamletsReduced, staffingCut } from './unit-measures';

/** The Organization Board's progress report (IV.4 of the program), computed from facts only. */

const measure = (target: ProgramTarget, context: ProgressContext, scope: Scope): Measured => {
  const kind = target.measure.kind;
  switch (kind) {
    case 'required-commune-mergers':
      return communeMergers(target, context, scope);
    case 'hamlets-reduced':
      return hamletsReduced(target, context, scope);
    case 'staffing-cut':
      return staffingCut(target, context, scope);
    case 'pilot-districts':
      return pilotDistricts(target, context, scope);
    case 'pilot-communes':
      return pilotCommunes(target, context, scope);
    case 'council-one-vice-chair':
      return councilViceChairs(target, context, scope);
    default:
      return assertNever(kind);
  }
};

const UNIT_OF: Record<ProgramTarget['measure']['kind'], TargetProgress['unit']> = {
  'required-commune-mergers': 'communes',
  'hamlets-reduced': 'hamlets',
  'staffing-cut': 'people',
  'pilot-districts': 'districts',
  'pilot-communes': 'communes',
  'council-one-vice-chair': 'councils',
};

/** The province's own council has no district reading; every other target has one. */
const hasDistrictReading = (target: ProgramTarget) =>
  !(target.measure.kind === 'council-one-vice-chair' && target.measure.level === 'province');

export const computeProgress = (facts: ProgressFacts): ProgressReport => {
  const context = buildContext(facts);
  const { program, today, calendar } = facts;
  // Counting working days walks the calendar day by day; targets share deadlines, so count each once.
  const counted = new Map<string, Schedule>();
  const schedules = new Map<string, { schedule: Schedule; deadline: ResolvedDeadline }>();
  for (const target of program.targets) {
    const deadline = resolveDeadline(target.deadline, calendar);
    const key = `${deadline.dueOn}`;
    if (!counted.has(key)) counted.set(key, scheduleOf(program.startsOn, deadline, today, calendar));
    schedules.set(target.id, { deadline, schedule: counted.get(key)! });
  }
  const figures = (target: ProgramTarget, scope: Scope) =>
    finish(target.id, measure(target, context, scope), schedules.get(target.id)!.schedule);

  const targets: TargetProgress[] = program.targets.map((target) => ({
    ...figures(target, null),
    text: target.text,
    goalId: target.goalId,
    unit: UNIT_OF[target.measure.kind],
    deadline: schedules.get(target.id)!.deadline,
  }));
  const districts: DistrictProgress[] = context.districts.map((district) => ({
    districtCode: district.code,
    name: district.name,
    targets: program.targets.filter(hasDistrictReading).map((target) => figures(target, district.code)),
  }));
  return {
    asOf: today,
    program: { title: program.title, startsOn: program.startsOn },
    targets,
    tasks: program.tasks.map((task) => taskProgress(task, context)),
    districts,
  };
};
