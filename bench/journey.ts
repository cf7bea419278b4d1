import { randomUUID } from 'node:crypto';
import {
  ExecuteProposalCommand,
  type CommandInputs,
  type ProposalCommandBody,
  type ProposalCommandResult,
} from '../src/proposals/application/execute-proposal-command';
import { proposalStreamId } from '../src/proposals/application/proposal-stream';
import type { RecordedEvent } from '../src/event-store/event-store.types';
import type { Actor } from '../src/shared/domain/actor';
import type { InProcessApp } from './in-process-app';
import {
  draftFields,
  implementationFields,
  PDF,
  PDF_SHA256,
  pdfAttachment,
  personas,
  VOTES_FOR,
} from './personas';

/** One proposal's events as the service wrote them, and where its appraisal stage had just opened. */
export interface TemplateJourney {
  proposalId: string;
  events: RecordedEvent[];
  /** Events up to and including the submission: a proposal waiting for the Organization Board. */
  submittedVersion: number;
}

/** Sends one proposal command through the command bus, as the HTTP layer does after authentication. */
export const sendCommand = (
  app: InProcessApp,
  proposalId: string,
  actor: Actor,
  command: ProposalCommandBody,
  inputs: CommandInputs = {},
): Promise<ProposalCommandResult> =>
  app.commands.execute(
    new ExecuteProposalCommand(proposalId, command, actor, randomUUID(), undefined, undefined, inputs),
  );

/** The approval the command benchmark measures: the Organization Board approves its appraisal stage. */
export const approveAppraisal = (app: InProcessApp, proposalId: string) =>
  sendCommand(app, proposalId, personas.board, { type: 'ApproveStage', data: { comment: null } });

/** Draft → attach → submit → appraisal → opinion → vote → decision → implementation, through the real commands. */
export const runTemplateJourney = async (app: InProcessApp): Promise<TemplateJourney> => {
  const id = randomUUID();
  const { lead, finance, secretary } = personas;
  const fields = draftFields('Đề án sắp xếp các phòng chuyên môn thuộc Sở Nội vụ');
  await sendCommand(app, id, lead, { type: 'CreateDraft', data: { ...fields, proposalId: id } });
  await sendCommand(
    app,
    id,
    lead,
    { type: 'AttachDocument', data: { attachment: pdfAttachment() } },
    { blob: { sha256: PDF_SHA256, mediaType: 'application/pdf', content: PDF } },
  );
  const submitted = await sendCommand(app, id, lead, { type: 'SubmitProposal', data: {} });
  await approveAppraisal(app, id);
  await sendCommand(app, id, finance, {
    type: 'GiveOpinion',
    data: { body: 'STC', opinion: 'agree', comment: null },
  });
  await sendCommand(app, id, secretary, { type: 'OpenVote', data: {} });
  for (let m = 1; m <= VOTES_FOR; m++)
    await sendCommand(app, id, personas[`m${m}`], { type: 'CastVote', data: { choice: 'for' } });
  const closed = await sendCommand(app, id, secretary, { type: 'CloseVote', data: {} });
  if (closed.status !== 'Approved') throw new Error(`template journey ended ${closed.status}, not Approved`);
  await sendCommand(app, id, lead, { type: 'RecordImplementation', data: implementationFields() });
  const events: RecordedEvent[] = [];
  for await (const e of app.bareStore.readStream(proposalStreamId(id), { upcast: false })) events.push(e);
  return { proposalId: id, events, submittedVersion: submitted.version };
};
