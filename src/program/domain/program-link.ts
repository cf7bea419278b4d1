import type { ActionProgram, ProgramTarget, ProgramTask } from './program.types';
import type { AgencyFacts, PlaceFacts, ProposalFact, UnattributedReason } from './progress.types';

/**
 * How a proposal is tied to the program. The proposals module (not ours to change) carries one free
 * code, `taskId`; we read it as `<task or target id>` or `<id>_<unit code>`, the unit naming the district
 * or commune a pilot is in. Without an explicit target, the proposal type decides, but only when exactly
 * one target claims the type (commune-merger, hamlet-merger); concurrent posts and merged offices each
 * serve several targets and must name theirs.
 */

export interface ProgramLink {
  id: string;
  unitCode: string | null;
}

export const parseProgramLink = (taskId: string | null): ProgramLink | null => {
  if (!taskId) return null;
  const at = taskId.lastIndexOf('_');
  return at > 0
    ? { id: taskId.slice(0, at), unitCode: taskId.slice(at + 1) || null }
    : { id: taskId, unitCode: null };
};

export interface TargetLinks {
  linked: readonly ProgramTarget[];
  /** Targets that claim the proposal's type when it names none of them: it counts for none. */
  ambiguous: readonly ProgramTarget[];
}

export const targetsOf = (program: ActionProgram, proposal: ProposalFact): TargetLinks => {
  const link = parseProgramLink(proposal.link);
  const named = program.targets.find((target) => target.id === link?.id);
  if (named) return { linked: [named], ambiguous: [] };
  const task = program.tasks.find((candidate) => candidate.id === link?.id);
  const claiming = program.targets.filter(
    (target) =>
      target.derivedFrom.includes(proposal.proposalType) && (!task || target.taskIds.includes(task.id)),
  );
  return claiming.length === 1 ? { linked: claiming, ambiguous: [] } : { linked: [], ambiguous: claiming };
};

/** The tasks a proposal serves: the one it names, or the single task of the single target it serves. */
export const tasksOf = (program: ActionProgram, proposal: ProposalFact): ProgramTask[] => {
  const link = parseProgramLink(proposal.link);
  const named = program.tasks.find((task) => task.id === link?.id);
  if (named) return [named];
  const ids = targetsOf(program, proposal).linked.flatMap((target) =>
    target.taskIds.length === 1 ? target.taskIds : [],
  );
  return program.tasks.filter((task) => ids.includes(task.id));
};

export interface Place {
  districtCode: string | null;
  communeCode: string | null;
  problem: UnattributedReason | null;
}

/** Where a pilot is: the unit its link names, else the lead agency's district. */
export const placeOf = (
  proposal: ProposalFact,
  places: ReadonlyMap<string, PlaceFacts>,
  agencies: ReadonlyMap<string, AgencyFacts>,
): Place => {
  const unitCode = parseProgramLink(proposal.link)?.unitCode ?? null;
  if (unitCode === null) {
    const districtCode = agencies.get(proposal.leadAgency)?.districtCode ?? null;
    return { districtCode, communeCode: null, problem: districtCode ? null : 'no-district' };
  }
  const place = places.get(unitCode);
  if (!place) return { districtCode: null, communeCode: null, problem: 'unknown-unit' };
  return {
    districtCode: place.districtCode,
    communeCode: place.level === 'commune' ? place.code : null,
    problem: null,
  };
};
