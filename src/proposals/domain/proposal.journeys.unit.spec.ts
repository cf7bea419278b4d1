import { replay } from '../../../test/support/decider-spec';
import {
  aCastVote,
  aCloseVote,
  aCreateDraft,
  aFigures,
  aGiveOpinion,
  aMergerDraft,
  anApproveStage,
  anAttachDocument,
  anEditDraft,
  anOpenVote,
  aRecordImplementation,
  aRecordVoterConsultation,
  aRequestRevision,
  aResubmitProposal,
  aSubmitProposal,
  committeeReviewer,
  day,
  decider,
  environmentReviewer,
  financeReviewer,
  lead,
  members,
  meta,
  organizationBoard,
  passingResults,
  secretary,
  T0,
  UNITS_BY_TYPE,
  vinhThuan,
  votes,
} from '../../../test/support/proposal-builders';
import type { CreateDraft, ProposalCommand } from './proposal.commands';
import type { ProposalEventType } from './proposal.events';
import { PROPOSAL_TYPES, isUnitMerger, type ProposalType } from './proposal.types';

const draftFor = (proposalType: ProposalType): CreateDraft => {
  if (
    proposalType === 'commune-merger' ||
    proposalType === 'district-merger' ||
    proposalType === 'hamlet-merger'
  ) {
    return aMergerDraft(proposalType);
  }
  if (proposalType === 'focal-point-increase') {
    return aCreateDraft({
      proposalType,
      title: 'Đề án thành lập Trung tâm Phục vụ hành chính công tỉnh',
      figures: aFigures({ focalPoints: { before: 9, after: 10 }, staffing: { before: 180, after: 186 } }),
      justification:
        'Thực hiện cơ chế một cửa, một cửa liên thông theo chỉ đạo của Trung ương; biên chế điều chuyển nội bộ.',
    });
  }
  return aCreateDraft({ proposalType });
};

/** The whole default chain for one proposal type, from the draft to the recorded decision. */
const journey = (proposalType: ProposalType): ProposalCommand[] => {
  const create = draftFor(proposalType);
  const units = UNITS_BY_TYPE[proposalType] ?? [];
  return [
    create,
    anAttachDocument({}, meta(lead, T0)),
    anAttachDocument({ id: 'att-tt', kind: 'submission', name: 'Tờ trình.pdf' }, meta(lead, T0)),
    aSubmitProposal(proposalType, meta(lead, T0)),
    anApproveStage(meta(organizationBoard, day(1))),
    aGiveOpinion('STC', meta(financeReviewer, day(2))),
    aGiveOpinion(
      'STNMT',
      meta(environmentReviewer, day(3)),
      'agree-with-comments',
      'Bổ sung phương án trụ sở.',
    ),
    ...(units.length > 0
      ? [aRecordVoterConsultation(passingResults(units), meta(organizationBoard, day(10)))]
      : []),
    anOpenVote(meta(secretary, day(20))),
    ...votes('for', 9),
    ...votes('against', 2, 9),
    aCastVote('abstain', meta(members[11], day(20))),
    aCloseVote(meta(secretary, day(20))),
    aRecordImplementation({}, meta(lead, day(30))),
  ];
};

describe.each(PROPOSAL_TYPES.map((type) => [type]))(
  'A %s proposal from draft to implementation',
  (proposalType) => {
    const { events, state } = replay(decider, journey(proposalType));

    it('runs its default chain and ends implemented', () => {
      const expected: ProposalEventType[] = [
        'ProposalDrafted',
        'DocumentAttached',
        'DocumentAttached',
        'ProposalSubmitted',
        'StageOpened',
        'StageApproved',
        'StageOpened',
        'OpinionGiven',
        'OpinionGiven',
        'ConsultationCompleted',
        'StageOpened',
        ...(isUnitMerger(proposalType) ? (['VoterConsultationRecorded', 'StageOpened'] as const) : []),
        'VoteOpened',
        ...Array<ProposalEventType>(12).fill('VoteCast'),
        'VoteClosed',
        'ProposalApproved',
        'ImplementationRecorded',
      ];
      expect(events.map((event) => event.type)).toEqual(expected);
    });

    it('keeps the decision, the tally and the implementation in state', () => {
      expect(state).toMatchObject({
        status: 'Implemented',
        proposalType,
        workflow: { id: `wf-${proposalType}`, version: 1 },
        rulePack: { id: 'nq18-2018', version: 1 },
        approval: {
          decidedBy: 'BTVTU',
          tally: { memberCount: 15, for: 9, against: 2, abstain: 1, absent: 3 },
          approvedAt: day(20),
        },
        implementation: { decisionNumber: '125-QĐ/TU', decisionDate: '2018-04-02' },
      });
      if (state.status !== 'Implemented') throw new Error('not implemented');
      expect(state.stages.every((stage) => stage.status === 'cleared')).toBe(true);
      expect(state.stages.map((stage) => stage.kind)).toEqual(
        isUnitMerger(proposalType)
          ? ['appraisal', 'consultation', 'tally', 'committee-vote']
          : ['appraisal', 'consultation', 'committee-vote'],
      );
    });
  },
);

describe('A commune merger returned by the Standing Committee with a third commune added', () => {
  const create = aMergerDraft('commune-merger');
  const [vinhHoa, dongYen] = create.data.units ?? [];
  const upToVote = journey('commune-merger').slice(0, 8);
  const returned = [
    ...upToVote,
    aRequestRevision(meta(committeeReviewer, day(15)), { reason: 'Xem xét sáp nhập thêm xã Vĩnh Thuận.' }),
    anEditDraft(
      { units: [vinhHoa, dongYen, vinhThuan], title: 'Đề án sáp nhập xã Vĩnh Hòa, Đông Yên và Vĩnh Thuận' },
      meta(lead, day(16)),
    ),
    aResubmitProposal(meta(lead, day(17))),
  ];

  it('reruns every stage that looked at the units, voters included', () => {
    const { events } = replay(decider, returned);
    expect(events.slice(-2)).toMatchObject([
      {
        type: 'ProposalResubmitted',
        data: {
          changedFields: ['title', 'units'],
          touchedAspects: ['text', 'units'],
          stagesToRerun: ['appraisal', 'consultation', 'voter-consultation'],
        },
      },
      { type: 'StageOpened', data: { stageId: 'appraisal' } },
    ]);
  });

  it('asks the voters of all three communes before the Standing Committee votes again', () => {
    const { events, state } = replay(decider, [
      ...returned,
      anApproveStage(meta(organizationBoard, day(18))),
      aGiveOpinion('STC', meta(financeReviewer, day(19))),
      aGiveOpinion('STNMT', meta(environmentReviewer, day(19))),
      aRecordVoterConsultation(
        passingResults([vinhHoa, dongYen, vinhThuan]),
        meta(organizationBoard, day(25)),
      ),
      anOpenVote(meta(secretary, day(26))),
      ...votes('for', 10, 0, day(26)),
      aCloseVote(meta(secretary, day(26))),
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'ProposalApproved',
      data: { tally: { for: 10, absent: 5 } },
    });
    expect(state).toMatchObject({
      status: 'Approved',
      evaluation: {
        requiredCount: 2,
        units: [{ name: 'Vĩnh Hòa' }, { name: 'Đông Yên' }, { name: 'Vĩnh Thuận' }],
      },
      revisions: [
        { stageId: 'standing-committee-vote', resubmittedAt: day(17), changedFields: ['title', 'units'] },
      ],
    });
  });
});
