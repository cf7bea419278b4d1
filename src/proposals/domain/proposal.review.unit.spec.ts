import { deciderSpec } from '../../../test/support/decider-spec';
import {
  aCloseConsultation,
  aCreateDraft,
  aDelegateStage,
  aFigures,
  afterConsultation,
  aGiveOpinion,
  anApproveStage,
  anAttachDocument,
  anEditDraft,
  aRejectProposal,
  aRequestRevision,
  aResubmitProposal,
  atVote,
  auditor,
  committeeReviewer,
  day,
  decider,
  environmentReviewer,
  financeReviewer,
  historyOf,
  inAppraisal,
  inConsultation,
  lead,
  meta,
  organizationBoard,
  organizationDeputy,
  otherSubmitter,
  PROPOSAL_ID,
  secretary,
  stateOf,
  T0,
} from '../../../test/support/proposal-builders';
import {
  ActionNotForStage,
  AlreadyAnswered,
  AuditorReadOnly,
  ConsultationNotDue,
  DelegationInvalid,
  InvalidChoice,
  InvalidText,
  NotLeadAgency,
  NotYourStage,
  ProposalTerminal,
  SelfDelegation,
  StageFinished,
  StageNotReturnable,
  UnknownStage,
  WrongStatus,
} from './proposal.errors';
import type { GiveOpinion } from './proposal.commands';

const given = deciderSpec(decider);
const board = { id: organizationBoard.id, name: organizationBoard.name };

describe('Appraisal by the Organization Board', () => {
  it('approves and opens the consultation of the coordinating agencies', () =>
    given(inAppraisal())
      .when(anApproveStage(meta(organizationBoard, day(1)), 'Đủ điều kiện trình.'))
      .then([
        {
          type: 'StageApproved',
          data: {
            proposalId: PROPOSAL_ID,
            stageId: 'appraisal',
            body: 'BTCTU',
            comment: 'Đủ điều kiện trình.',
            approvedBy: board,
            actingFor: null,
            approvedAt: day(1),
          },
        },
        {
          type: 'StageOpened',
          // Tuesday 6 March + 7 working days = Thursday 15 March.
          data: {
            proposalId: PROPOSAL_ID,
            stageId: 'consultation',
            kind: 'consultation',
            bodies: ['STC', 'STNMT'],
            openedAt: day(1),
            dueOn: '2018-03-15',
            slaWorkingDays: 7,
          },
        },
      ]));

  it('refuses another body, the lead agency and an auditor', () => {
    given(inAppraisal())
      .when(anApproveStage(meta(financeReviewer)))
      .thenThrows(NotYourStage, {
        code: 'PROPOSAL.NOT_YOUR_STAGE',
        kind: 'forbidden',
        details: { bodies: ['BTCTU'] },
      });
    given(inAppraisal())
      .when(anApproveStage(meta(lead)))
      .thenThrows(NotYourStage);
    given(inAppraisal())
      .when(anApproveStage(meta(auditor)))
      .thenThrows(AuditorReadOnly);
  });

  it('refuses approving a draft', () =>
    given(historyOf([aCreateDraft()]))
      .when(anApproveStage())
      .thenThrows(WrongStatus));

  it('refuses "approve" at a consultation: consulted bodies give opinions', () =>
    given(inConsultation())
      .when(anApproveStage(meta(organizationBoard, day(2))))
      .thenThrows(ActionNotForStage, {
        code: 'PROPOSAL.ACTION_NOT_FOR_STAGE',
        details: { stageKind: 'consultation' },
      }));
});

describe('Consultation of the coordinating agencies', () => {
  it('records an opinion and waits for the other body', () =>
    given(inConsultation())
      .when(
        aGiveOpinion('STC', meta(financeReviewer, day(2)), 'agree-with-comments', 'Đề nghị làm rõ lộ trình.'),
      )
      .then([
        {
          type: 'OpinionGiven',
          data: {
            proposalId: PROPOSAL_ID,
            stageId: 'consultation',
            body: 'STC',
            opinion: 'agree-with-comments',
            comment: 'Đề nghị làm rõ lộ trình.',
            givenBy: { id: financeReviewer.id, name: financeReviewer.name },
            actingFor: null,
            givenAt: day(2),
          },
        },
      ]));

  it('completes with the last answer and opens the Standing Committee vote, even when one disagrees', () =>
    given(historyOf([aGiveOpinion('STC', meta(financeReviewer, day(2)))], inConsultation()))
      .when(aGiveOpinion('STNMT', meta(environmentReviewer, day(3)), 'disagree', 'Chưa đủ căn cứ.'))
      .thenMatch([
        { type: 'OpinionGiven', data: { body: 'STNMT', opinion: 'disagree' } },
        { type: 'ConsultationCompleted', data: { stageId: 'consultation', completedAt: day(3) } },
        // Thursday 8 March + 10 working days = Thursday 22 March.
        {
          type: 'StageOpened',
          data: { stageId: 'standing-committee-vote', bodies: ['BTVTU'], dueOn: '2018-03-22' },
        },
      ]));

  it('refuses a body answering twice', () =>
    given(historyOf([aGiveOpinion('STC', meta(financeReviewer, day(2)))], inConsultation()))
      .when(aGiveOpinion('STC', meta(financeReviewer, day(3)), 'disagree'))
      .thenThrows(AlreadyAnswered, { code: 'PROPOSAL.ALREADY_ANSWERED' }));

  it('refuses answering for a body one does not belong to, or one not consulted', () => {
    given(inConsultation())
      .when(aGiveOpinion('STNMT', meta(financeReviewer, day(2))))
      .thenThrows(NotYourStage);
    given(inConsultation())
      .when(aGiveOpinion('BTCTU', meta(organizationBoard, day(2))))
      .thenThrows(NotYourStage);
  });

  it('refuses an unknown opinion', () =>
    given(inConsultation())
      .when(aGiveOpinion('STC', meta(financeReviewer, day(2)), 'maybe' as GiveOpinion['data']['opinion']))
      .thenThrows(InvalidChoice));

  it('refuses an opinion outside a consultation', () =>
    given(inAppraisal())
      .when(aGiveOpinion('STC', meta(financeReviewer)))
      .thenThrows(ActionNotForStage));

  describe('closing without every answer', () => {
    const oneAnswer = () => historyOf([aGiveOpinion('STC', meta(financeReviewer, day(2)))], inConsultation());

    it('refuses closing on the due date itself', () =>
      given(oneAnswer())
        .when(aCloseConsultation(meta(organizationBoard, day(10))))
        .thenThrows(ConsultationNotDue, {
          code: 'PROPOSAL.CONSULTATION_NOT_DUE',
          details: { dueOn: '2018-03-15' },
        }));

    it('lets the presiding body close once the due date has passed, naming who stayed silent', () =>
      given(oneAnswer())
        .when(aCloseConsultation(meta(organizationBoard, day(11))))
        .thenMatch([
          {
            type: 'ConsultationClosed',
            data: {
              stageId: 'consultation',
              unansweredBodies: ['STNMT'],
              closedBy: board,
              closedAt: day(11),
            },
          },
          { type: 'StageOpened', data: { stageId: 'standing-committee-vote' } },
        ]));

    it('refuses a consulted body closing it', () =>
      given(oneAnswer())
        .when(aCloseConsultation(meta(environmentReviewer, day(11))))
        .thenThrows(NotYourStage));
  });
});

describe('Revision', () => {
  describe('returned to the lead agency', () => {
    it('goes back to the drafter with the reason', () =>
      given(inAppraisal())
        .when(aRequestRevision(meta(organizationBoard, day(1))))
        .then([
          {
            type: 'RevisionRequested',
            data: {
              proposalId: PROPOSAL_ID,
              stageId: 'appraisal',
              body: 'BTCTU',
              reason: 'Bổ sung số liệu biên chế năm 2015 làm căn cứ.',
              returnTo: { to: 'lead-agency', agency: 'SNV' },
              requestedBy: board,
              actingFor: null,
              requestedAt: day(1),
            },
          },
        ]));

    it('lets the lead agency edit while it holds the proposal, and tracks what changed', () => {
      const returned = historyOf(
        [
          aRequestRevision(meta(organizationBoard, day(1))),
          anEditDraft({ title: 'Đề án (bổ sung)' }, meta(lead, day(2))),
          anAttachDocument({ id: 'att-bs', kind: 'other', name: 'Số liệu 2015.xlsx' }, meta(lead, day(2))),
        ],
        inAppraisal(),
      );
      expect(stateOf(returned)).toMatchObject({
        status: 'RevisionRequested',
        currentStageId: null,
        changedFieldsSinceReturn: ['title', 'attachments'],
        revisions: [{ stageId: 'appraisal', resubmittedAt: null }],
      });
    });

    it('refuses a revision without a reason', () =>
      given(inAppraisal())
        .when(aRequestRevision(meta(organizationBoard), { reason: ' ' }))
        .thenThrows(InvalidText, { details: { field: 'reason', reason: 'empty' } }));

    it('refuses resubmission by another agency and resubmission of a proposal not returned', () => {
      const returned = historyOf([aRequestRevision(meta(organizationBoard, day(1)))], inAppraisal());
      given(returned)
        .when(aResubmitProposal(meta(otherSubmitter)))
        .thenThrows(NotLeadAgency);
      given(inAppraisal()).when(aResubmitProposal()).thenThrows(WrongStatus);
    });

    it('reopens the stage that returned it on resubmission', () =>
      given(
        historyOf(
          [
            aRequestRevision(meta(organizationBoard, day(1))),
            anEditDraft({ title: 'Đề án (bổ sung)' }, meta(lead, day(2))),
          ],
          inAppraisal(),
        ),
      )
        .when(aResubmitProposal(meta(lead, day(3))))
        .then([
          {
            type: 'ProposalResubmitted',
            data: {
              proposalId: PROPOSAL_ID,
              changedFields: ['title'],
              touchedAspects: ['text'],
              stagesToRerun: [],
              resubmittedBy: { id: lead.id, name: lead.name },
              resubmittedAt: day(3),
            },
          },
          {
            type: 'StageOpened',
            data: {
              proposalId: PROPOSAL_ID,
              stageId: 'appraisal',
              kind: 'appraisal',
              bodies: ['BTCTU'],
              openedAt: day(3),
              dueOn: '2018-03-22',
              slaWorkingDays: 10,
            },
          },
        ]));
  });

  describe('returned by the Standing Committee after appraisal and consultation cleared', () => {
    const returnedAtVote = (...edits: Parameters<typeof historyOf>[0]) =>
      historyOf(
        [
          aRequestRevision(meta(committeeReviewer, day(4)), {
            reason: 'Làm rõ phương án bố trí cán bộ dôi dư.',
          }),
          ...edits,
        ],
        atVote(),
      );

    it('skips every cleared stage when nothing changed, and reopens the vote', () =>
      given(returnedAtVote())
        .when(aResubmitProposal(meta(lead, day(5))))
        .thenMatch([
          { type: 'ProposalResubmitted', data: { changedFields: [], touchedAspects: [], stagesToRerun: [] } },
          { type: 'StageSkipped', data: { stageId: 'appraisal', reason: 'already-cleared' } },
          { type: 'StageSkipped', data: { stageId: 'consultation', reason: 'already-cleared' } },
          { type: 'StageOpened', data: { stageId: 'standing-committee-vote' } },
        ]));

    it('reruns the appraisal but skips the consultation when only the wording changed', () => {
      const history = returnedAtVote(
        anEditDraft({ summary: 'Tóm tắt bổ sung phương án bố trí cán bộ.' }, meta(lead, day(5))),
      );
      given(history)
        .when(aResubmitProposal(meta(lead, day(5))))
        .thenMatch([
          {
            type: 'ProposalResubmitted',
            data: { changedFields: ['summary'], touchedAspects: ['text'], stagesToRerun: ['appraisal'] },
          },
          { type: 'StageOpened', data: { stageId: 'appraisal' } },
        ]);
      given(historyOf([aResubmitProposal(meta(lead, day(5)))], history))
        .when(anApproveStage(meta(organizationBoard, day(6))))
        .thenMatch([
          { type: 'StageApproved', data: { stageId: 'appraisal' } },
          { type: 'StageSkipped', data: { stageId: 'consultation', reason: 'already-cleared' } },
          { type: 'StageOpened', data: { stageId: 'standing-committee-vote' } },
        ]);
    });

    it('reruns the consultation too when the figures changed', () => {
      const history = historyOf(
        [aResubmitProposal(meta(lead, day(5))), anApproveStage(meta(organizationBoard, day(6)))],
        returnedAtVote(
          anEditDraft({ figures: aFigures({ staffing: { before: 180, after: 150 } }) }, meta(lead, day(5))),
        ),
      );
      expect(stateOf(history)).toMatchObject({ status: 'InReview', currentStageId: 'consultation' });
      expect(history.slice(-2)).toMatchObject([
        { type: 'StageApproved', data: { stageId: 'appraisal' } },
        { type: 'StageOpened', data: { stageId: 'consultation', bodies: ['STC', 'STNMT'] } },
      ]);
    });

    it('reruns the consultation when a document was added, and consults a newly named agency', () =>
      given(
        returnedAtVote(
          anAttachDocument(
            { id: 'att-pa', kind: 'other', name: 'Phương án bố trí cán bộ.pdf' },
            meta(lead, day(5)),
          ),
          anEditDraft({ coordinatingAgencies: ['STC', 'STNMT', 'SKHDT'] }, meta(lead, day(5))),
        ),
      )
        .when(aResubmitProposal(meta(lead, day(5))))
        .thenMatch([
          {
            type: 'ProposalResubmitted',
            data: {
              changedFields: ['attachments', 'coordinatingAgencies'],
              touchedAspects: ['documents', 'agencies'],
              stagesToRerun: ['appraisal', 'consultation'],
            },
          },
          { type: 'StageOpened', data: { stageId: 'appraisal' } },
        ]));
  });

  describe('returned to a named earlier stage', () => {
    it('reopens that stage and keeps the proposal in review', () =>
      given(atVote())
        .when(
          aRequestRevision(meta(committeeReviewer, day(4)), {
            toStage: 'appraisal',
            reason: 'Thẩm định lại số liệu.',
          }),
        )
        .thenMatch([
          {
            type: 'RevisionRequested',
            data: {
              stageId: 'standing-committee-vote',
              body: 'BTVTU',
              returnTo: { to: 'stage', stageId: 'appraisal' },
              requestedBy: { id: committeeReviewer.id },
            },
          },
          { type: 'StageOpened', data: { stageId: 'appraisal', bodies: ['BTCTU'], openedAt: day(4) } },
        ]));

    it('comes back to the returning stage once the earlier one cleared again', () => {
      const history = historyOf(
        [aRequestRevision(meta(secretary, day(4)), { toStage: 'appraisal' })],
        atVote(),
      );
      expect(stateOf(history)).toMatchObject({ status: 'InReview', currentStageId: 'appraisal' });
      given(history)
        .when(anApproveStage(meta(organizationBoard, day(5))))
        .thenMatch([
          { type: 'StageApproved', data: { stageId: 'appraisal' } },
          { type: 'StageSkipped', data: { stageId: 'consultation', reason: 'already-cleared' } },
          { type: 'StageOpened', data: { stageId: 'standing-committee-vote' } },
        ]);
    });

    it('lets the presiding body of a consultation send it back to appraisal', () =>
      given(inConsultation())
        .when(aRequestRevision(meta(organizationBoard, day(2)), { toStage: 'appraisal' }))
        .thenMatch([
          {
            type: 'RevisionRequested',
            data: { stageId: 'consultation', returnTo: { to: 'stage', stageId: 'appraisal' } },
          },
          { type: 'StageOpened', data: { stageId: 'appraisal' } },
        ]));

    it('refuses the same or a later stage', () => {
      given(atVote())
        .when(aRequestRevision(meta(committeeReviewer, day(4)), { toStage: 'standing-committee-vote' }))
        .thenThrows(StageNotReturnable, {
          code: 'PROPOSAL.STAGE_NOT_RETURNABLE',
          details: { reason: 'not-earlier' },
        });
      given(inAppraisal())
        .when(aRequestRevision(meta(organizationBoard), { toStage: 'consultation' }))
        .thenThrows(StageNotReturnable);
    });

    it('refuses a stage that was skipped, never cleared', () => {
      const noConsultation = historyOf(
        [anApproveStage(meta(organizationBoard, day(1)))],
        inAppraisal(aCreateDraft({ coordinatingAgencies: [] })),
      );
      given(noConsultation)
        .when(aRequestRevision(meta(committeeReviewer, day(2)), { toStage: 'consultation' }))
        .thenThrows(StageNotReturnable, { details: { reason: 'never-cleared' } });
    });

    it('refuses a stage the workflow does not have', () =>
      given(atVote())
        .when(aRequestRevision(meta(committeeReviewer, day(4)), { toStage: 'hội đồng' }))
        .thenThrows(UnknownStage, { code: 'PROPOSAL.UNKNOWN_STAGE' }));
  });
});

describe('Rejection', () => {
  it('ends the proposal with the reason', () =>
    given(inAppraisal())
      .when(aRejectProposal(meta(organizationBoard, day(1))))
      .then([
        {
          type: 'ProposalRejected',
          data: {
            proposalId: PROPOSAL_ID,
            stageId: 'appraisal',
            body: 'BTCTU',
            reason: 'Không phù hợp chủ trương.',
            rejectedBy: board,
            actingFor: null,
            rejectedAt: day(1),
          },
        },
      ]));

  it('refuses anyone but the body of the open stage', () =>
    given(inConsultation())
      .when(aRejectProposal(meta(financeReviewer, day(2))))
      .thenThrows(NotYourStage));

  it('leaves nothing to act on afterwards', () => {
    const rejected = historyOf([aRejectProposal(meta(organizationBoard, day(1)))], inAppraisal());
    expect(stateOf(rejected)).toMatchObject({ status: 'Rejected', rejection: { body: 'BTCTU' } });
    given(rejected).when(anApproveStage()).thenThrows(ProposalTerminal);
    given(rejected).when(aResubmitProposal()).thenThrows(ProposalTerminal);
  });
});

describe('Delegation', () => {
  const deputy = { id: organizationDeputy.id, name: organizationDeputy.name };
  const delegated = () => historyOf([aDelegateStage({}, meta(organizationBoard, T0))], inAppraisal());

  it('records holder, delegate and window', () =>
    given(inAppraisal())
      .when(aDelegateStage())
      .then([
        {
          type: 'StageDelegated',
          data: {
            proposalId: PROPOSAL_ID,
            stageId: 'appraisal',
            body: 'BTCTU',
            holder: board,
            delegate: deputy,
            validFrom: day(1, 0),
            validUntil: day(8, 0),
            delegatedAt: T0,
          },
        },
      ]));

  it('lets the delegate act inside the window, recording whom they act for', () =>
    given(delegated())
      .when(anApproveStage(meta(organizationDeputy, day(2))))
      .thenMatch([
        {
          type: 'StageApproved',
          data: { body: 'BTCTU', approvedBy: deputy, actingFor: { body: 'BTCTU', holder: board } },
        },
        { type: 'StageOpened', data: { stageId: 'consultation' } },
      ]));

  it('refuses the delegate before the window opens and once it has closed', () => {
    given(delegated())
      .when(anApproveStage(meta(organizationDeputy, day(0, 23))))
      .thenThrows(NotYourStage);
    given(delegated())
      .when(anApproveStage(meta(organizationDeputy, day(8, 0))))
      .thenThrows(NotYourStage);
  });

  it('lets a consulted body delegate its answer', () => {
    const history = historyOf(
      [
        aDelegateStage(
          {
            stageId: 'consultation',
            delegate: { id: 'stc-09', name: 'Lý Văn Yên' },
            validFrom: day(1),
            validUntil: day(20),
          },
          meta(financeReviewer, day(1)),
        ),
      ],
      inConsultation(),
    );
    given(history)
      .when(
        aGiveOpinion(
          'STC',
          meta({ id: 'stc-09', name: 'Lý Văn Yên', roles: ['submitter'], bodies: [] }, day(2)),
        ),
      )
      .thenMatch([
        {
          type: 'OpinionGiven',
          data: { body: 'STC', actingFor: { body: 'STC', holder: { id: financeReviewer.id } } },
        },
      ]);
  });

  it('refuses someone who does not hold the body', () =>
    given(inAppraisal())
      .when(aDelegateStage({}, meta(financeReviewer)))
      .thenThrows(NotYourStage));

  it('refuses a delegate passing the delegation on', () =>
    given(delegated())
      .when(aDelegateStage({ delegate: { id: 'x-1', name: 'Người khác' } }, meta(organizationDeputy, day(2))))
      .thenThrows(NotYourStage));

  it('refuses delegating to oneself, a reversed window and an expired one', () => {
    given(inAppraisal())
      .when(aDelegateStage({ delegate: { id: organizationBoard.id, name: organizationBoard.name } }))
      .thenThrows(SelfDelegation);
    given(inAppraisal())
      .when(aDelegateStage({ validFrom: day(5), validUntil: day(4) }))
      .thenThrows(DelegationInvalid, {
        code: 'PROPOSAL.DELEGATION_INVALID',
        details: { field: 'validUntil' },
      });
    given(inAppraisal())
      .when(aDelegateStage({ validFrom: day(-5), validUntil: day(-1) }))
      .thenThrows(DelegationInvalid);
    given(inAppraisal())
      .when(aDelegateStage({ validFrom: 'thứ Hai' }))
      .thenThrows(DelegationInvalid);
  });

  it('refuses delegating a finished stage or an unknown one', () => {
    given(inConsultation())
      .when(aDelegateStage({ stageId: 'appraisal' }, meta(organizationBoard, day(2))))
      .thenThrows(StageFinished);
    given(inAppraisal())
      .when(aDelegateStage({ stageId: 'hội-đồng' }))
      .thenThrows(UnknownStage);
  });

  it('lets a holder delegate a stage that has not opened yet', () =>
    given(inAppraisal())
      .when(
        aDelegateStage(
          { stageId: 'consultation', validFrom: day(1), validUntil: day(20) },
          meta(financeReviewer),
        ),
      )
      .thenMatch([{ type: 'StageDelegated', data: { stageId: 'consultation', body: 'STC' } }]));
});

it('keeps the vote stage open after a consultation where everyone answered', () =>
  expect(stateOf(afterConsultation())).toMatchObject({
    status: 'InReview',
    currentStageId: 'standing-committee-vote',
  }));
