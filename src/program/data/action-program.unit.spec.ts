import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_AGENCIES } from '../../org-registry/data/agencies';
import { NQ18_2018 } from '../../proposals/workflows/rule-pack';
import { parseDeadline } from '../domain/deadline';
import type { AgencyRef } from '../domain/program.types';
import { ACTION_PROGRAM_18 } from './action-program';
import { seedGoals, seedGoalsText, seedTaskItems, seedTasksText } from './seed-text';

// A copy of shared/seed/action-program-18-NQ-TW.txt, so the check runs wherever the repository does.
const SEED = readFileSync(join(__dirname, 'action-program-18-NQ-TW.txt'), 'utf8');
const { tasks, targets, goals } = ACTION_PROGRAM_18;
const items = seedTaskItems(SEED);

/** "giao A, B và C chủ trì, phối hợp với D và các cơ quan liên quan tham mưu …" → names as written. */
const names = (list: string) => list.split(/, | và /).map((name) => name.trim());
const leadsIn = (assignment: string) => names(/giao (.+?) (?:chủ trì|tham mưu)/u.exec(assignment)![1]);
const coordinatingIn = (assignment: string) => {
  const named = /phối hợp với (.+?) tham mưu/u.exec(assignment);
  return named ? names(named[1]) : [];
};
const OTHERS = 'các cơ quan liên quan';
const registryName = (code: string) => SEED_AGENCIES.find((agency) => agency.code === code)?.nameVi;

describe('The action program as data, checked against the seed', () => {
  it('has one task per item of section III.2, section by section, in the seed’s order', () => {
    expect(items.length).toBeGreaterThan(0);
    for (const section of ['2.1', '2.2', '2.3']) {
      const inSeed = items.filter((item) => item.section === section);
      const inData = tasks.filter((task) => task.section === section);
      expect(inData.map((task) => task.id)).toEqual(
        inSeed.map((_, i) => `NV-${section}-${String(i + 1).padStart(2, '0')}`),
      );
    }
    expect(tasks).toHaveLength(items.length);
  });

  it('keeps each task’s wording and assignment verbatim, in NFC', () => {
    tasks.forEach((task, i) => {
      expect(`${task.text} (*${task.assignment}*).`).toBe(items[i].text);
      expect(task.text).toBe(task.text.normalize('NFC'));
    });
  });

  it.each(tasks.map((task, i) => [task.id, task, items[i].assignment] as const))(
    '%s names its lead and coordinating agencies as the seed does',
    (_, task, assignment) => {
      expect(task.leads.map((lead) => lead.seedName)).toEqual(leadsIn(assignment));
      const coordinating = coordinatingIn(assignment);
      expect(task.coordinating.map((agency) => agency.seedName)).toEqual(
        coordinating.filter((name) => name !== OTHERS),
      );
      expect(task.withOthersConcerned).toBe(coordinating.includes(OTHERS));
    },
  );

  it('maps every named agency to the registry agency of that name, or says why not', () => {
    const refs: AgencyRef[] = tasks.flatMap((task) => [...task.leads, ...task.coordinating]);
    for (const ref of refs) {
      if (ref.note === undefined)
        expect([ref.code, registryName(ref.code!)]).toEqual([ref.code, ref.seedName]);
      else if (ref.code !== null) expect(registryName(ref.code)).toBeDefined();
      for (const member of ref.members ?? []) expect(registryName(member)).toBeDefined();
    }
  });

  it.each(tasks.map((task, i) => [task.id, task, items[i].assignment] as const))(
    '%s has the deadline the seed states',
    (_, task, assignment) => expect(task.deadline).toEqual(parseDeadline(assignment)),
  );

  it('has one goal per numbered objective of II.2, in the seed’s words', () => {
    const inSeed = seedGoals(SEED);
    expect(goals.map((goal) => [goal.number, goal.text])).toEqual(
      inSeed.map((goal) => [goal.number, goal.text.replace(/[;.]$/, '')]),
    );
    expect(goals.map((goal) => goal.period)).toEqual(
      inSeed.map((goal) => (goal.period === 'Đến năm 2021' ? '2018-2021' : '2021-2030')),
    );
  });

  it('quotes every target from the seed, and links it to goals and tasks that exist', () => {
    const seedText = `${seedGoalsText(SEED)} ${seedTasksText(SEED)}`;
    for (const target of targets) {
      expect([target.id, seedText.includes(target.quote)]).toEqual([target.id, true]);
      expect(goals.map((goal) => goal.id)).toContain(target.goalId);
      for (const taskId of target.taskIds) expect(tasks.map((task) => task.id)).toContain(taskId);
    }
  });

  it('makes every number the seed sets (n/15, n/145, "còn 01", a percentage in II.2) a target with that number', () => {
    const fractions = [...seedTasksText(SEED).matchAll(/(\d+)\/(15|145)\b/g)].map((m) => `${m[1]}/${m[2]}`);
    const singleDeputies = seedTasksText(SEED).match(/còn 01/g) ?? [];
    const percentages = seedGoals(SEED)
      .filter((goal) => goal.period === 'Đến năm 2021')
      .flatMap((goal) => goal.text.match(/\d+%/g) ?? []);
    const numbered = targets.flatMap((target) => {
      const m = target.measure;
      if (m.kind === 'pilot-districts' || m.kind === 'pilot-communes')
        return m.atLeast === null ? [] : [`${m.atLeast}/${m.of}`];
      if (m.kind === 'council-one-vice-chair') return ['còn 01'];
      if (m.kind === 'staffing-cut') return [`${m.minimumPercent}%`];
      if (m.kind === 'required-commune-mergers') return [`${m.belowShare * 100}%`];
      return [];
    });
    expect(numbered.sort()).toEqual([...fractions, ...singleDeputies, ...percentages].sort());
    for (const target of targets) {
      const m = target.measure;
      if ((m.kind === 'pilot-districts' || m.kind === 'pilot-communes') && m.atLeast !== null)
        expect(target.quote).toContain(`${m.atLeast}/${m.of}`);
    }
  });

  it('requires mergers below the share the proposals’ 2018 rule pack uses', () => {
    const communes = targets.find((target) => target.measure.kind === 'required-commune-mergers')!;
    expect(communes.measure).toMatchObject({
      belowShare: NQ18_2018.rules.mergerRequiredBelow.populationShare,
    });
    expect(NQ18_2018.rules.mergerRequiredBelow.areaShare).toBe(
      NQ18_2018.rules.mergerRequiredBelow.populationShare,
    );
  });

  it('gives tasks and targets unique ids a proposal’s taskId can carry', () => {
    const ids = [...tasks, ...targets].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9.-]{0,30}$/);
  });
});
