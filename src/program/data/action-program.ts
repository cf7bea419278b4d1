import type { ActionProgram } from '../domain/program.types';
import { FRONT_TASKS } from './front-tasks';
import { PROGRAM_GOALS } from './goals';
import { GOVERNMENT_TASKS } from './government-tasks';
import { PARTY_TASKS } from './party-tasks';
import { PROGRAM_TARGETS } from './targets';

/**
 * The Kiên Giang Provincial Party Committee's action program implementing Resolution 18-NQ/TW
 * (/work/shared/seed/action-program-18-NQ-TW.txt, received 11 January 2018). Reviewed data: see README.md
 * here; action-program.unit.spec.ts checks it against the seed.
 */
export const ACTION_PROGRAM_18: ActionProgram = {
  title: 'Chương trình hành động thực hiện Nghị quyết số 18-NQ/TW, ngày 25-10-2017',
  // The program sets its targets "đến năm 2021" from January 2018; progress is measured from the year's start.
  startsOn: '2018-01-01',
  goals: PROGRAM_GOALS,
  tasks: [...PARTY_TASKS, ...GOVERNMENT_TASKS, ...FRONT_TASKS],
  targets: PROGRAM_TARGETS,
};
