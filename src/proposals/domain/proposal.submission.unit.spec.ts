import { deciderSpec } from '../../../test/support/decider-spec';
import {
  aCreateDraft,
  aFigures,
  aMergerDraft,
  anApproveStage,
  anAttachDocument,
  aRecordImplementation,
  aSubmitProposal,
  auditor,
  aWithdrawProposal,
  approved,
  day,
  decider,
  drafted,
  historyOf,
  inAppraisal,
  inConsultation,
  lead,
  meta,
  organizationBoard,
  otherSubmitter,
  PROPOSAL_ID,
  stateOf,
  T0,
} from '../../../test/support/proposal-builders';
import { NQ18_2018 } from '../workflows/rule-pack';
import { workflowFor } from '../workflows/workflow-lookup';
import {
  AuditorReadOnly,
  DecisionDateInFuture,
  FigureInvalid,
  InvalidDate,
  JustificationRequired,
  NotLeadAgency,
  ProposalTerminal,
  RequiredDocumentMissing,
  WorkflowInvalid,
  WorkflowNotApplicable,
  WrongStatus,
} from './proposal.errors';
import { pinStages } from './pinned-stage';

const given = deciderSpec(decider);

describe('Submitting a proposal', () => {
  it('pins the workflow and rule pack, then opens the Organization Board appraisal', () => {
    const workflow = workflowFor('internal-restructuring', '2018-03-05');
    given(drafted())
      .when(aSubmitProposal())
      .then([
        {
          type: 'ProposalSubmitted',
          data: {
            proposalId: PROPOSAL_ID,
            workflow: { id: 'wf-internal-restructuring', version: 1 },
            rulePack: { id: 'nq18-2018', version: 1 },
            rules: NQ18_2018.rules,
            stages: pinStages(workflow, NQ18_2018.rules),
            evaluation: null,
            submittedBy: { id: lead.id, name: lead.name },
            submittedAt: T0,
          },
        },
        {
          type: 'StageOpened',
          // Monday 5 March + 10 working days = Monday 19 March 2018.
          data: {
            proposalId: PROPOSAL_ID,
            stageId: 'appraisal',
            kind: 'appraisal',
            bodies: ['BTCTU'],
            openedAt: T0,
            dueOn: '2018-03-19',
            slaWorkingDays: 10,
          },
        },
      ]);
  });

  it('pins the Standing Committee member count and majority rule in the vote stage', () => {
    const [submitted] = given(drafted()).when(aSubmitProposal()).events();
    expect(submitted).toMatchObject({
      data: {
        stages: [
          { id: 'appraisal' },
          { id: 'consultation', includeCoordinatingAgencies: true },
          {
            id: 'standing-committee-vote',
            body: 'BTVTU',
            memberCount: 15,
            majority: 'more-than-half-of-all-members',
          },
        ],
      },
    });
  });

  it('counts the due date in Vietnam: a submission late on Friday evening UTC is a Saturday one', () =>
    given(drafted())
      .when(aSubmitProposal('internal-restructuring', meta(lead, '2018-03-09T18:00:00.000Z')))
      // Saturday 10 March + 10 working days = Friday 23 March.
      .thenMatch([{ type: 'ProposalSubmitted' }, { type: 'StageOpened', data: { dueOn: '2018-03-23' } }]));

  it('carries the merger evaluation of the pinned pack', () =>
    given(drafted(aMergerDraft()))
      .when(aSubmitProposal('commune-merger'))
      .thenMatch([
        {
          type: 'ProposalSubmitted',
          data: { evaluation: { requiredCount: 1, basis: 'Nghị quyết 1211/2016/UBTVQH13' } },
        },
        { type: 'StageOpened', data: { stageId: 'appraisal' } },
      ]));

  it('refuses a dossier without the đề án', () =>
    given(historyOf([aCreateDraft()]))
      .when(aSubmitProposal())
      .thenThrows(RequiredDocumentMissing, {
        code: 'PROPOSAL.DOCUMENT_MISSING',
        kind: 'unprocessable',
        details: { attachmentKind: 'proposal' },
      }));

  it('refuses the exception path without a justification even when no figure rises', () =>
    given(drafted(aCreateDraft({ proposalType: 'focal-point-increase' })))
      .when(aSubmitProposal('focal-point-increase'))
      .thenThrows(JustificationRequired));

  it('refuses a workflow written for another proposal type', () =>
    given(drafted())
      .when(
        aSubmitProposal('internal-restructuring', meta(), {
          workflow: workflowFor('agency-merger', '2018-03-05'),
        }),
      )
      .thenThrows(WorkflowNotApplicable, {
        code: 'PROPOSAL.WORKFLOW_NOT_APPLICABLE',
        details: { reason: 'proposal-type' },
      }));

  it('refuses a rule pack not yet in force on the day of submission', () =>
    given(drafted())
      .when(
        aSubmitProposal('internal-restructuring', meta(), {
          rulePack: { ...NQ18_2018, version: 2, effectiveFrom: '2018-04-01' },
        }),
      )
      .thenThrows(WorkflowNotApplicable, { details: { reason: 'rule-pack-not-in-force' } }));

  it('refuses a workflow that has expired', () => {
    const expired = { ...workflowFor('internal-restructuring', '2018-03-05'), effectiveUntil: '2018-02-28' };
    given(drafted())
      .when(aSubmitProposal('internal-restructuring', meta(), { workflow: expired }))
      .thenThrows(WorkflowNotApplicable, { details: { reason: 'workflow-not-in-force' } });
  });

  it('refuses a workflow with a vote stage of no members', () => {
    const workflow = workflowFor('internal-restructuring', '2018-03-05');
    const broken = {
      ...workflow,
      stages: workflow.stages.map((stage) =>
        stage.kind === 'committee-vote' ? { ...stage, memberCount: 0 } : stage,
      ),
    };
    given(drafted())
      .when(aSubmitProposal('internal-restructuring', meta(), { workflow: broken }))
      .thenThrows(WorkflowInvalid, { code: 'PROPOSAL.WORKFLOW_INVALID' });
  });

  it('skips the consultation when there is no one to consult', () =>
    given(inAppraisal(aCreateDraft({ coordinatingAgencies: [] })))
      .when(anApproveStage(meta(organizationBoard, day(1))))
      .thenMatch([
        { type: 'StageApproved', data: { stageId: 'appraisal' } },
        { type: 'StageSkipped', data: { stageId: 'consultation', reason: 'no-bodies', skippedAt: day(1) } },
        { type: 'StageOpened', data: { stageId: 'standing-committee-vote', bodies: ['BTVTU'] } },
      ]));

  it('refuses a submitter of another agency and an auditor', () => {
    given(drafted())
      .when(aSubmitProposal('internal-restructuring', meta(otherSubmitter)))
      .thenThrows(NotLeadAgency);
    given(drafted())
      .when(aSubmitProposal('internal-restructuring', meta(auditor)))
      .thenThrows(AuditorReadOnly);
  });

  it('refuses a second submission: returned proposals are resubmitted', () =>
    given(inAppraisal())
      .when(aSubmitProposal())
      .thenThrows(WrongStatus, { details: { allowedStatuses: ['Draft'] } }));
});

describe('Withdrawing a proposal', () => {
  it.each([
    ['a draft', drafted],
    ['a proposal in review', inConsultation],
  ])('lets the lead agency withdraw %s', (_, history) =>
    given(history())
      .when(aWithdrawProposal(meta(lead, day(2))))
      .then([
        {
          type: 'ProposalWithdrawn',
          data: {
            proposalId: PROPOSAL_ID,
            reason: 'Chờ hướng dẫn của Trung ương.',
            withdrawnBy: { id: lead.id, name: lead.name },
            withdrawnAt: day(2),
          },
        },
      ]),
  );

  it('refuses anyone else', () =>
    given(inAppraisal())
      .when(aWithdrawProposal(meta(otherSubmitter)))
      .thenThrows(NotLeadAgency));

  it('refuses after the decision', () =>
    given(approved())
      .when(aWithdrawProposal())
      .thenThrows(WrongStatus, { details: { currentStatus: 'Approved' } }));

  it('leaves a withdrawn proposal closed to everything', () => {
    const withdrawn = historyOf([aWithdrawProposal()], drafted());
    expect(stateOf(withdrawn)).toMatchObject({
      status: 'Withdrawn',
      withdrawal: { reason: 'Chờ hướng dẫn của Trung ương.' },
    });
    given(withdrawn)
      .when(aSubmitProposal())
      .thenThrows(ProposalTerminal, { code: 'PROPOSAL.TERMINAL', kind: 'conflict' });
    given(withdrawn).when(aWithdrawProposal()).thenThrows(ProposalTerminal);
    given(withdrawn)
      .when(anAttachDocument({ id: 'att-9' }))
      .thenThrows(ProposalTerminal);
  });
});

describe('Recording the implementation', () => {
  it('records the decision and the actual figures against the planned ones', () =>
    given(approved())
      .when(aRecordImplementation())
      .then([
        {
          type: 'ImplementationRecorded',
          data: {
            proposalId: PROPOSAL_ID,
            decisionNumber: '125-QĐ/TU',
            decisionDate: '2018-04-02',
            plannedFigures: aFigures(),
            actualFigures: aFigures({ staffing: { before: 180, after: 160 } }),
            recordedBy: { id: lead.id, name: lead.name },
            recordedAt: day(30),
          },
        },
      ]));

  it('refuses it before approval', () =>
    given(inAppraisal())
      .when(aRecordImplementation())
      .thenThrows(WrongStatus, { details: { currentStatus: 'InReview' } }));

  it('refuses anyone but the lead agency', () =>
    given(approved())
      .when(aRecordImplementation({}, meta(otherSubmitter, day(30))))
      .thenThrows(NotLeadAgency));

  it('refuses a decision dated after today, an impossible date and a negative figure', () => {
    given(approved())
      .when(aRecordImplementation({ decisionDate: '2018-04-05' }))
      .thenThrows(DecisionDateInFuture, { code: 'PROPOSAL.DECISION_DATE_IN_FUTURE' });
    given(approved())
      .when(aRecordImplementation({ decisionDate: '2018-02-30' }))
      .thenThrows(InvalidDate);
    given(approved())
      .when(aRecordImplementation({ actualFigures: aFigures({ deputies: { before: 24, after: -1 } }) }))
      .thenThrows(FigureInvalid, { details: { field: 'actualFigures.deputies.after' } });
  });

  it('closes the proposal: nothing acts on it afterwards', () => {
    const implemented = historyOf([aRecordImplementation()], approved());
    expect(stateOf(implemented)).toMatchObject({
      status: 'Implemented',
      implementation: { decisionNumber: '125-QĐ/TU' },
      approval: { decidedBy: 'BTVTU' },
    });
    given(implemented).when(aRecordImplementation()).thenThrows(ProposalTerminal);
    given(implemented).when(aWithdrawProposal()).thenThrows(ProposalTerminal);
  });
});
