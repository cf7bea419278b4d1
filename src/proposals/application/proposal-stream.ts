import { createProposalDecider } from '../domain/proposal.decider';
import { vietnamWorkingCalendar } from '../../shared/calendar/vietnam-holidays';

export const PROPOSAL_STREAM_PREFIX = 'proposal-';

export const proposalStreamId = (proposalId: string): string => `${PROPOSAL_STREAM_PREFIX}${proposalId}`;

export const proposalIdOf = (streamId: string): string | null =>
  streamId.startsWith(PROPOSAL_STREAM_PREFIX) ? streamId.slice(PROPOSAL_STREAM_PREFIX.length) : null;

/** The decider with the working-day calendar; one instance serves every command. */
export const proposalDecider = createProposalDecider({ calendar: vietnamWorkingCalendar() });
