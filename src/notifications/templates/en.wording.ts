import type { LanguageWording } from './notification-wording';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

export const EN_WORDING: LanguageWording = {
  quote: (title) => `“${title}”`,
  labels: { stage: 'Stage', outcome: 'Outcome', reason: 'Reason', reference: 'Proposal reference' },
  // "5 March 2025": neither day-first nor month-first readers can misread it.
  formatDate: (d) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  terms: new Map([
    ['approved', 'Approved'],
    ['not-approved', 'Not approved'],
    ['vote-majority-not-reached', 'The vote did not reach a majority in favour'],
    ['voter-consultation-failed', 'The consultation of voters did not succeed'],
  ]),
  templates: {
    'stage-opened': {
      lead: 'Proposal awaiting your action',
      opening: (t) => `The proposal ${t} is awaiting your action.`,
      dueLabel: 'Due',
    },
    'opinion-requested': {
      lead: 'Opinion requested on proposal',
      opening: (t) => `Your opinion is requested on the proposal ${t}.`,
      dueLabel: 'Opinions due',
    },
    'vote-opened': {
      lead: 'Vote opened on proposal',
      opening: (t) => `Voting has opened on the proposal ${t}.`,
      dueLabel: 'Voting closes',
    },
    'revision-requested': {
      lead: 'Proposal returned for revision',
      opening: (t) => `The proposal ${t} has been returned for revision.`,
      actorLabel: 'Returned by',
    },
    'proposal-decided': {
      lead: 'Decision on proposal',
      opening: (t) => `A decision has been reached on the proposal ${t}.`,
    },
    'proposal-rejected': {
      lead: 'Proposal rejected',
      opening: (t) => `The proposal ${t} has been rejected.`,
      actorLabel: 'Decided by',
    },
    'proposal-withdrawn': {
      lead: 'Proposal withdrawn',
      opening: (t) => `The submitting agency has withdrawn the proposal ${t}.`,
      actorLabel: 'Withdrawn by',
    },
    'stage-delegated': {
      lead: 'Proposal delegated to you',
      opening: (t) => `You have been delegated to act on the proposal ${t}.`,
      actorLabel: 'Delegated by',
      dueLabel: 'Due',
    },
    'stage-reminder': {
      lead: 'Reminder, action due soon',
      opening: (t) => `Action on the proposal ${t} is due soon.`,
      dueLabel: 'Due',
    },
    'stage-escalation': {
      lead: 'Proposal overdue',
      opening: (t) => `Action on the proposal ${t} is overdue and has been escalated to you.`,
      dueLabel: 'Was due',
    },
  },
};
