import { resolveDeadline } from './deadline';
import type { ProgressContext } from './progress-context';
import type { ProgramTask } from './program.types';
import type { ProposalFact, TaskProgress, TaskStatus } from './progress.types';

const ENDED_WITHOUT_EFFECT = ['Rejected', 'NotApproved', 'Withdrawn'];
const OPEN = ['Draft', 'InReview', 'RevisionRequested'];
const DECIDED = ['Approved', 'Implemented'];

/**
 * A dated task is done when the Standing Committee has approved a proposal serving it (most ask the lead
 * agency to "tham mưu xây dựng đề án … trình Ban Thường vụ Tỉnh ủy"); in progress while one is open.
 * Recurring and "from year X" tasks never finish, so they are ongoing once started and never overdue.
 */
const statusOf = (
  task: ProgramTask,
  serving: ProposalFact[],
  hasGuidance: boolean,
  startsOn: string | null,
  today: string,
): TaskStatus => {
  switch (task.deadline.kind) {
    case 'recurring':
      return 'ongoing';
    case 'from-year':
      return startsOn !== null && today < startsOn ? 'not-started' : 'ongoing';
    case 'on-central-guidance':
      if (!hasGuidance) return 'awaiting-guidance';
  }
  if (serving.some((proposal) => DECIDED.includes(proposal.status))) return 'done';
  return serving.some((proposal) => OPEN.includes(proposal.status)) ? 'in-progress' : 'not-started';
};

export const taskProgress = (task: ProgramTask, context: ProgressContext): TaskProgress => {
  const { today, calendar, guidance } = context.facts;
  const recorded = guidance.filter((record) => record.taskId === task.id).at(-1) ?? null;
  const deadline = resolveDeadline(task.deadline, calendar, recorded);
  const serving = context.proposals.filter(
    (p) => !ENDED_WITHOUT_EFFECT.includes(p.fact.status) && p.taskIds.includes(task.id),
  );
  const status = statusOf(
    task,
    serving.map((p) => p.fact),
    recorded !== null,
    deadline.startsOn,
    today,
  );
  const approvals = serving
    .map((p) => p.approvedOn)
    .filter((day): day is string => day !== null)
    .sort();
  const completedOn = status === 'done' ? (approvals[0] ?? null) : null;
  return {
    taskId: task.id,
    section: task.section,
    text: task.text,
    leads: task.leads,
    deadline,
    status,
    overdue: status !== 'done' && deadline.overdueFrom !== null && today >= deadline.overdueFrom,
    completedOn,
    completedLate: completedOn !== null && deadline.dueOn !== null && completedOn > deadline.dueOn,
    proposals: serving.map((p) => p.ref),
  };
};
