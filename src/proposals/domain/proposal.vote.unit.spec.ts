import { deciderSpec } from '../../../test/support/decider-spec';
import {
  aCastVote,
  aCloseVote,
  aDelegateStage,
  afterConsultation,
  aMergerDraft,
  anOpenVote,
  aRecordVoterConsultation,
  aRejectProposal,
  aRequestRevision,
  atVote,
  auditor,
  committeeReviewer,
  day,
  decider,
  dongYen,
  financeReviewer,
  historyOf,
  inAppraisal,
  members,
  meta,
  organizationBoard,
  PROPOSAL_ID,
  secretary,
  stateOf,
  vinhHoa,
  voteOpen,
  votes,
} from '../../../test/support/proposal-builders';
import {
  ActionNotForStage,
  AlreadyVoted,
  AuditorReadOnly,
  BallotsExceedMembers,
  InvalidChoice,
  NotCommitteeMember,
  NotCommitteeSecretary,
  NotYourStage,
  ProposalTerminal,
  TallyFigureInvalid,
  TallyUnitsMismatch,
  VoteAlreadyOpen,
  VoteNotOpen,
} from './proposal.errors';
import type { CastVote } from './proposal.commands';

const given = deciderSpec(decider);
const at = day(20);
const secretaryRef = { id: secretary.id, name: secretary.name };

describe('Standing Committee vote', () => {
  describe('OpenVote', () => {
    it('opens round 1 for the pinned 15 members', () =>
      given(atVote())
        .when(anOpenVote(meta(secretary, at)))
        .then([
          {
            type: 'VoteOpened',
            data: {
              proposalId: PROPOSAL_ID,
              stageId: 'standing-committee-vote',
              body: 'BTVTU',
              round: 1,
              memberCount: 15,
              openedBy: secretaryRef,
              openedAt: at,
            },
          },
        ]));

    it('refuses anyone but the committee secretary', () => {
      given(atVote())
        .when(anOpenVote(meta(members[0], at)))
        .thenThrows(NotCommitteeSecretary, { code: 'PROPOSAL.NOT_COMMITTEE_SECRETARY', kind: 'forbidden' });
      given(atVote())
        .when(anOpenVote(meta(organizationBoard, at)))
        .thenThrows(NotCommitteeSecretary);
      given(atVote())
        .when(anOpenVote(meta(auditor, at)))
        .thenThrows(AuditorReadOnly);
    });

    it('refuses a second open vote and a vote outside a committee stage', () => {
      given(voteOpen())
        .when(anOpenVote(meta(secretary, at)))
        .thenThrows(VoteAlreadyOpen, { code: 'PROPOSAL.VOTE_ALREADY_OPEN' });
      given(inAppraisal())
        .when(anOpenVote(meta(secretary)))
        .thenThrows(ActionNotForStage);
    });
  });

  describe('CastVote', () => {
    it('records the member and the choice', () =>
      given(voteOpen())
        .when(aCastVote('against', meta(members[3], at)))
        .then([
          {
            type: 'VoteCast',
            data: {
              proposalId: PROPOSAL_ID,
              stageId: 'standing-committee-vote',
              round: 1,
              voter: { id: members[3].id, name: members[3].name },
              choice: 'against',
              castAt: at,
            },
          },
        ]));

    it('refuses a second vote by the same member, even with another choice', () =>
      given(historyOf([aCastVote('for', meta(members[0], at))], voteOpen()))
        .when(aCastVote('against', meta(members[0], at)))
        .thenThrows(AlreadyVoted, {
          code: 'PROPOSAL.ALREADY_VOTED',
          kind: 'conflict',
          details: { voterId: members[0].id },
        }));

    it('refuses a vote before the secretary opened it', () =>
      given(atVote())
        .when(aCastVote('for', meta(members[0], at)))
        .thenThrows(VoteNotOpen, { code: 'PROPOSAL.VOTE_NOT_OPEN' }));

    it('refuses someone who is not a member of the Standing Committee', () => {
      given(voteOpen())
        .when(aCastVote('for', meta(organizationBoard, at)))
        .thenThrows(NotCommitteeMember);
      given(voteOpen())
        .when(aCastVote('for', meta(secretary, at)))
        .thenThrows(NotCommitteeMember);
    });

    it('refuses an unknown choice', () =>
      given(voteOpen())
        .when(aCastVote('maybe' as CastVote['data']['choice'], meta(members[0], at)))
        .thenThrows(InvalidChoice));

    it('refuses more ballots than the members pinned at submission', () => {
      const sixteenth = { ...members[0], id: 'btvtu-16', name: 'Ủy viên mới' };
      given(historyOf(votes('abstain', 15), voteOpen()))
        .when(aCastVote('for', meta(sixteenth, at)))
        .thenThrows(BallotsExceedMembers, { code: 'PROPOSAL.VOTE_FULL' });
    });

    it('never lets a delegate vote for someone', () => {
      const history = historyOf(
        [
          aDelegateStage(
            { stageId: 'standing-committee-vote', validFrom: day(19), validUntil: day(21) },
            meta(committeeReviewer, day(19)),
          ),
        ],
        voteOpen(),
      );
      given(history)
        .when(aCastVote('for', meta({ ...organizationBoard, id: 'btctu-02' }, at)))
        .thenThrows(NotCommitteeMember);
    });
  });

  describe('CloseVote', () => {
    it('is not carried by 7 of 15 with 8 absent: a majority of ALL members is needed', () =>
      given(historyOf(votes('for', 7), voteOpen()))
        .when(aCloseVote(meta(secretary, at)))
        .then([
          {
            type: 'VoteClosed',
            data: {
              proposalId: PROPOSAL_ID,
              stageId: 'standing-committee-vote',
              round: 1,
              tally: { memberCount: 15, for: 7, against: 0, abstain: 0, absent: 8 },
              majority: 'more-than-half-of-all-members',
              approved: false,
              closedBy: secretaryRef,
              closedAt: at,
            },
          },
          {
            type: 'ProposalNotApproved',
            data: {
              proposalId: PROPOSAL_ID,
              stageId: 'standing-committee-vote',
              reason: 'vote-majority-not-reached',
              tally: { memberCount: 15, for: 7, against: 0, abstain: 0, absent: 8 },
              failingUnits: [],
              decidedAt: at,
            },
          },
        ]));

    it('is carried by 8 of 15', () => {
      const tally = { memberCount: 15, for: 8, against: 0, abstain: 0, absent: 7 };
      given(historyOf(votes('for', 8), voteOpen()))
        .when(aCloseVote(meta(secretary, at)))
        .then([
          {
            type: 'VoteClosed',
            data: {
              proposalId: PROPOSAL_ID,
              stageId: 'standing-committee-vote',
              round: 1,
              tally,
              majority: 'more-than-half-of-all-members',
              approved: true,
              closedBy: secretaryRef,
              closedAt: at,
            },
          },
          {
            type: 'ProposalApproved',
            data: {
              proposalId: PROPOSAL_ID,
              stageId: 'standing-committee-vote',
              decidedBy: 'BTVTU',
              tally,
              approvedAt: at,
            },
          },
        ]);
    });

    it('counts against and abstain apart, and still needs 8 for', () => {
      given(historyOf([...votes('for', 7), ...votes('against', 1, 7), ...votes('abstain', 6, 8)], voteOpen()))
        .when(aCloseVote(meta(secretary, at)))
        .thenMatch([
          {
            type: 'VoteClosed',
            data: { tally: { for: 7, against: 1, abstain: 6, absent: 1 }, approved: false },
          },
          { type: 'ProposalNotApproved' },
        ]);
      given(historyOf([...votes('for', 8), ...votes('against', 7, 8)], voteOpen()))
        .when(aCloseVote(meta(secretary, at)))
        .thenMatch([{ type: 'VoteClosed', data: { approved: true } }, { type: 'ProposalApproved' }]);
    });

    it('refuses closing a vote that is not open, or by a member', () => {
      given(atVote())
        .when(aCloseVote(meta(secretary, at)))
        .thenThrows(VoteNotOpen);
      given(voteOpen())
        .when(aCloseVote(meta(members[0], at)))
        .thenThrows(NotCommitteeSecretary);
    });

    it('leaves a proposal that was not approved closed to everything', () => {
      const notApproved = historyOf([...votes('for', 7), aCloseVote(meta(secretary, at))], voteOpen());
      expect(stateOf(notApproved)).toMatchObject({
        status: 'NotApproved',
        outcome: { reason: 'vote-majority-not-reached', tally: { for: 7, absent: 8 } },
      });
      given(notApproved)
        .when(anOpenVote(meta(secretary, day(21))))
        .thenThrows(ProposalTerminal);
    });
  });

  it('refuses a return or a rejection while the vote is open', () => {
    given(voteOpen())
      .when(aRequestRevision(meta(secretary, at)))
      .thenThrows(VoteAlreadyOpen);
    given(voteOpen())
      .when(aRejectProposal(meta(committeeReviewer, at)))
      .thenThrows(VoteAlreadyOpen);
  });

  it('lets the committee return or reject before a vote is opened', () => {
    given(atVote())
      .when(aRejectProposal(meta(secretary, at)))
      .thenTypes(['ProposalRejected']);
    given(atVote())
      .when(aRequestRevision(meta(committeeReviewer, at)))
      .thenTypes(['RevisionRequested']);
  });
});

describe('Voter consultation of a commune merger', () => {
  const atTally = () => afterConsultation(aMergerDraft());
  const result = (unitCode: string, eligibleVoters: number, agreed: number) => ({
    unitCode,
    eligibleVoters,
    agreed,
  });

  it('opens after the consultation of the coordinating agencies', () =>
    expect(stateOf(atTally())).toMatchObject({ status: 'InReview', currentStageId: 'voter-consultation' }));

  it('passes with more than half in every unit and opens the vote', () =>
    given(atTally())
      .when(
        aRecordVoterConsultation(
          [result(vinhHoa.code, 3_000, 1_501), result(dongYen.code, 2_000, 1_900)],
          meta(organizationBoard, day(10)),
        ),
      )
      .thenMatch([
        {
          type: 'VoterConsultationRecorded',
          data: {
            stageId: 'voter-consultation',
            results: [
              { unitCode: vinhHoa.code, eligibleVoters: 3_000, agreed: 1_501, share: 0.500333, passed: true },
              { unitCode: dongYen.code, eligibleVoters: 2_000, agreed: 1_900, share: 0.95, passed: true },
            ],
            passAboveShare: 0.5,
            passed: true,
            recordedBy: { id: organizationBoard.id },
            actingFor: null,
            recordedAt: day(10),
          },
        },
        { type: 'StageOpened', data: { stageId: 'standing-committee-vote' } },
      ]));

  it('fails when one unit reaches exactly half, naming that unit', () =>
    given(atTally())
      .when(
        aRecordVoterConsultation(
          [result(vinhHoa.code, 3_000, 2_900), result(dongYen.code, 2_000, 1_000)],
          meta(organizationBoard, day(10)),
        ),
      )
      .thenMatch([
        {
          type: 'VoterConsultationRecorded',
          data: { passed: false, results: [{ passed: true }, { passed: false, share: 0.5 }] },
        },
        {
          type: 'ProposalNotApproved',
          data: {
            reason: 'voter-consultation-failed',
            tally: null,
            failingUnits: [dongYen.code],
            decidedAt: day(10),
          },
        },
      ]));

  it('needs exactly one result per unit of the proposal', () => {
    given(atTally())
      .when(aRecordVoterConsultation([result(vinhHoa.code, 3_000, 2_000)]))
      .thenThrows(TallyUnitsMismatch, { code: 'PROPOSAL.TALLY_UNITS_MISMATCH', kind: 'unprocessable' });
    given(atTally())
      .when(
        aRecordVoterConsultation([result(vinhHoa.code, 3_000, 2_000), result(vinhHoa.code, 3_000, 2_000)]),
      )
      .thenThrows(TallyUnitsMismatch);
  });

  it('refuses impossible figures', () => {
    given(atTally())
      .when(
        aRecordVoterConsultation([result(vinhHoa.code, 3_000, 3_001), result(dongYen.code, 2_000, 1_000)]),
      )
      .thenThrows(TallyFigureInvalid, { details: { field: 'results[0].agreed' } });
    given(atTally())
      .when(aRecordVoterConsultation([result(vinhHoa.code, 0, 0), result(dongYen.code, 2_000, 1_000)]))
      .thenThrows(TallyFigureInvalid, { details: { field: 'results[0].eligibleVoters' } });
  });

  it('refuses a body other than the one recording it, and a tally at another stage', () => {
    given(atTally())
      .when(aRecordVoterConsultation([], meta(financeReviewer)))
      .thenThrows(NotYourStage);
    given(atVote())
      .when(aRecordVoterConsultation([], meta(committeeReviewer)))
      .thenThrows(ActionNotForStage);
  });
});
