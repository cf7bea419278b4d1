import type { Actor } from '../../src/shared/domain/actor';
import { WorkingCalendar } from '../../src/shared/domain/working-calendar';
import type * as C from '../../src/proposals/domain/proposal.commands';
import type { ProposalEvent } from '../../src/proposals/domain/proposal.events';
import { createProposalDecider } from '../../src/proposals/domain/proposal.decider';
import type { ProposalState } from '../../src/proposals/domain/proposal.state';
import type {
  Attachment,
  Figures,
  ProposalType,
  ResultingUnit,
  UnitFacts,
  VoteChoice,
} from '../../src/proposals/domain/proposal.types';
import { NQ18_2018 } from '../../src/proposals/workflows/rule-pack';
import { workflowFor } from '../../src/proposals/workflows/workflow-lookup';
import { replay } from './decider-spec';

// ---------------------------------------------------------------------------------------------
// Time: Monday 5 March 2018, 09:00 in Hà Nội (UTC+7). Tết 2018 is on the calendar for SLA tests.
// ---------------------------------------------------------------------------------------------

export const TET_2018 = ['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20'];
export const calendar = new WorkingCalendar(TET_2018);
export const decider = createProposalDecider({ calendar });

export const T0 = '2018-03-05T02:00:00.000Z';
/** An instant `days` calendar days after T0 (09:00 local), optionally at another UTC hour. */
export const day = (days: number, utcHour = 2): string =>
  new Date(Date.parse(T0) + days * 86_400_000 + (utcHour - 2) * 3_600_000).toISOString();

export const PROPOSAL_ID = '0b6e1c2a-5d4f-4a8e-9c1b-18a2f0e7d001';

// ---------------------------------------------------------------------------------------------
// Actors. Agency codes are fixtures: SNV = Sở Nội vụ (lead), STC = Sở Tài chính, STNMT = Sở Tài
// nguyên và Môi trường (coordinating). BTCTU and BTVTU are the bodies the program names.
// ---------------------------------------------------------------------------------------------

const actor = (
  id: string,
  name: string,
  roles: Actor['roles'],
  bodies: string[] = [],
  orgUnit?: string,
): Actor => ({
  id,
  name,
  roles,
  bodies,
  ...(orgUnit ? { orgUnit } : {}),
});

export const lead = actor('snv-01', 'Nguyễn Thị Hòa', ['submitter'], [], 'SNV');
export const otherSubmitter = actor('stc-01', 'Trần Văn Thuận', ['submitter'], [], 'STC');
export const organizationBoard = actor('btctu-01', 'Lê Minh Chánh', ['reviewer'], ['BTCTU']);
export const organizationDeputy = actor('btctu-02', 'Phạm Thị Yên', ['submitter'], [], 'BTCTU');
export const financeReviewer = actor('stc-02', 'Võ Thị Vĩnh', ['reviewer'], ['STC']);
export const environmentReviewer = actor('stnmt-01', 'Đặng Văn Đông', ['reviewer'], ['STNMT']);
export const secretary = actor('btvtu-sec', 'Huỳnh Văn Thư', ['committee-secretary'], ['BTVTU']);
export const committeeReviewer = actor('btvtu-rev', 'Trương Thị Hà', ['reviewer'], ['BTVTU']);
export const auditor = actor('audit-01', 'Ngô Văn Kiểm', ['auditor'], ['BTCTU', 'BTVTU']);
/** The 15 members of the Standing Committee pinned in the default vote stage. */
export const members = Array.from({ length: 15 }, (_, index) =>
  actor(
    `btvtu-${String(index + 1).padStart(2, '0')}`,
    `Ủy viên ${index + 1}`,
    ['committee-member'],
    ['BTVTU'],
  ),
);

export const meta = (who: Actor = lead, now: string = T0): C.CommandMetadata => ({ actor: who, now });

// ---------------------------------------------------------------------------------------------
// Figures and units. Populations and areas are FIXTURES chosen to sit on the 50% boundary of a
// fixture standard, not census data.
// ---------------------------------------------------------------------------------------------

export const aFigures = (overrides: Partial<Figures> = {}): Figures => ({
  focalPoints: { before: 12, after: 9 },
  staffing: { before: 180, after: 162 },
  deputies: { before: 24, after: 18 },
  ...overrides,
});

/** Fixture standard for a commune (xã): 10 000 inhabitants, 50 km². */
export const COMMUNE_STANDARD = { minPopulation: 10_000, minAreaKm2: 50 };

const commune = (
  code: string,
  name: string,
  population: number | null,
  areaKm2: number | null,
): UnitFacts => ({
  code,
  name,
  level: 'commune',
  unitType: 'xã',
  population,
  areaKm2,
  standard: COMMUNE_STANDARD,
});

/** 49.9% of both standards: required by the program. */
export const vinhHoa = commune('X-VINH-HOA', 'Vĩnh Hòa', 4_990, 24.95);
/** Exactly 50.0% of the population standard: not required, although its area is small. */
export const dongYen = commune('X-DONG-YEN', 'Đông Yên', 5_000, 20);
/** Well under both standards. */
export const vinhThuan = commune('X-VINH-THUAN', 'Vĩnh Thuận', 3_200, 18.5);
/** Population unknown in the registry. */
export const hoaChanh = commune('X-HOA-CHANH', 'Hòa Chánh', null, 30);

export const districtOf = (code: string, name: string): UnitFacts => ({
  code,
  name,
  level: 'district',
  unitType: 'huyện',
  population: 60_000,
  areaKm2: 300,
  standard: { minPopulation: 120_000, minAreaKm2: 850 },
});

export const hamletOf = (code: string, name: string): UnitFacts => ({
  code,
  name,
  level: 'hamlet',
  unitType: 'ấp',
  population: 600,
  areaKm2: 4,
  standard: { minPopulation: 1_400, minAreaKm2: 10 },
});

export const UNITS_BY_TYPE: Partial<Record<ProposalType, UnitFacts[]>> = {
  'commune-merger': [vinhHoa, dongYen],
  'district-merger': [
    districtOf('H-VINH-THUAN', 'Vĩnh Thuận'),
    districtOf('H-U-MINH-THUONG', 'U Minh Thượng'),
  ],
  'hamlet-merger': [hamletOf('A-HOA-CHANH-1', 'Ấp Hòa Chánh 1'), hamletOf('A-HOA-CHANH-2', 'Ấp Hòa Chánh 2')],
};

export const resultingCommune: ResultingUnit = {
  name: 'Vĩnh Hòa',
  unitType: 'xã',
  standard: COMMUNE_STANDARD,
};

// ---------------------------------------------------------------------------------------------
// Commands.
// ---------------------------------------------------------------------------------------------

export const aCreateDraft = (
  data: Partial<C.CreateDraft['data']> = {},
  metadata = meta(),
): C.CreateDraft => ({
  type: 'CreateDraft',
  data: {
    proposalId: PROPOSAL_ID,
    proposalType: 'internal-restructuring',
    title: 'Đề án sắp xếp các phòng chuyên môn thuộc Sở Nội vụ',
    summary: 'Giảm từ 12 xuống 9 đầu mối; giảm cấp phó; tinh giản 10% biên chế so với năm 2015.',
    leadAgency: 'SNV',
    coordinatingAgencies: ['STC', 'STNMT'],
    figures: aFigures(),
    ...data,
  },
  metadata,
});

/** A merger draft of the given type with its fixture units. */
export const aMergerDraft = (
  proposalType: 'commune-merger' | 'district-merger' | 'hamlet-merger' = 'commune-merger',
  data: Partial<C.CreateDraft['data']> = {},
  metadata = meta(),
): C.CreateDraft =>
  aCreateDraft(
    {
      proposalType,
      title: 'Đề án sáp nhập xã Vĩnh Hòa và xã Đông Yên',
      summary: 'Sáp nhập hai xã chưa đạt 50% tiêu chuẩn về dân số và diện tích tự nhiên.',
      figures: aFigures({ focalPoints: { before: 2, after: 1 }, staffing: { before: 46, after: 30 } }),
      units: UNITS_BY_TYPE[proposalType],
      ...data,
    },
    metadata,
  );

export const anEditDraft = (data: C.EditDraft['data'], metadata = meta()): C.EditDraft => ({
  type: 'EditDraft',
  data,
  metadata,
});

export const anAttachment = (overrides: Partial<Attachment> = {}): Attachment => ({
  id: 'att-de-an',
  name: 'Đề án sắp xếp.pdf',
  mediaType: 'application/pdf',
  size: 482_113,
  sha256: 'a'.repeat(64),
  kind: 'proposal',
  ...overrides,
});

export const anAttachDocument = (
  attachment: Partial<Attachment> = {},
  metadata = meta(),
): C.AttachDocument => ({
  type: 'AttachDocument',
  data: { attachment: anAttachment(attachment) },
  metadata,
});

export const aSubmitProposal = (
  proposalType: ProposalType = 'internal-restructuring',
  metadata = meta(),
  data: Partial<C.SubmitProposal['data']> = {},
): C.SubmitProposal => ({
  type: 'SubmitProposal',
  data: { workflow: workflowFor(proposalType, '2018-03-05'), rulePack: NQ18_2018, ...data },
  metadata,
});

export const anApproveStage = (metadata = meta(organizationBoard), comment?: string): C.ApproveStage => ({
  type: 'ApproveStage',
  data: comment === undefined ? {} : { comment },
  metadata,
});

export const aRequestRevision = (
  metadata = meta(organizationBoard),
  data: Partial<C.RequestRevision['data']> = {},
): C.RequestRevision => ({
  type: 'RequestRevision',
  data: { reason: 'Bổ sung số liệu biên chế năm 2015 làm căn cứ.', ...data },
  metadata,
});

export const aResubmitProposal = (metadata = meta()): C.ResubmitProposal => ({
  type: 'ResubmitProposal',
  data: {},
  metadata,
});

export const aGiveOpinion = (
  body: string,
  metadata: C.CommandMetadata,
  opinion: C.GiveOpinion['data']['opinion'] = 'agree',
  comment?: string,
): C.GiveOpinion => ({
  type: 'GiveOpinion',
  data: { body, opinion, ...(comment === undefined ? {} : { comment }) },
  metadata,
});

export const aCloseConsultation = (metadata = meta(organizationBoard)): C.CloseConsultation => ({
  type: 'CloseConsultation',
  data: {},
  metadata,
});

export const aRecordVoterConsultation = (
  results: C.RecordVoterConsultation['data']['results'],
  metadata = meta(organizationBoard),
): C.RecordVoterConsultation => ({ type: 'RecordVoterConsultation', data: { results }, metadata });

/** More than half of the voters agreed in every unit of the proposal. */
export const passingResults = (units: UnitFacts[]): C.RecordVoterConsultation['data']['results'] =>
  units.map((unit) => ({ unitCode: unit.code, eligibleVoters: 3_000, agreed: 2_400 }));

export const anOpenVote = (metadata = meta(secretary)): C.OpenVote => ({
  type: 'OpenVote',
  data: {},
  metadata,
});

export const aCastVote = (choice: VoteChoice, metadata: C.CommandMetadata): C.CastVote => ({
  type: 'CastVote',
  data: { choice },
  metadata,
});

export const aCloseVote = (metadata = meta(secretary)): C.CloseVote => ({
  type: 'CloseVote',
  data: {},
  metadata,
});

export const aRejectProposal = (
  metadata = meta(organizationBoard),
  reason = 'Không phù hợp chủ trương.',
): C.RejectProposal => ({
  type: 'RejectProposal',
  data: { reason },
  metadata,
});

export const aWithdrawProposal = (
  metadata = meta(),
  reason = 'Chờ hướng dẫn của Trung ương.',
): C.WithdrawProposal => ({
  type: 'WithdrawProposal',
  data: { reason },
  metadata,
});

export const aDelegateStage = (
  data: Partial<C.DelegateStage['data']> = {},
  metadata = meta(organizationBoard),
): C.DelegateStage => ({
  type: 'DelegateStage',
  data: {
    stageId: 'appraisal',
    delegate: { id: 'btctu-02', name: 'Phạm Thị Yên' },
    validFrom: day(1, 0),
    validUntil: day(8, 0),
    ...data,
  },
  metadata,
});

export const aRecordImplementation = (
  data: Partial<C.RecordImplementation['data']> = {},
  metadata = meta(lead, day(30)),
): C.RecordImplementation => ({
  type: 'RecordImplementation',
  data: {
    decisionNumber: '125-QĐ/TU',
    decisionDate: '2018-04-02',
    actualFigures: aFigures({ staffing: { before: 180, after: 160 } }),
    ...data,
  },
  metadata,
});

// ---------------------------------------------------------------------------------------------
// Histories: events produced by running commands through the real decider, so the "given" of a
// test is always a history the decider itself could have written.
// ---------------------------------------------------------------------------------------------

export const historyOf = (commands: C.ProposalCommand[], given: ProposalEvent[] = []): ProposalEvent[] =>
  replay(decider, commands, given).events;

export const stateOf = (events: ProposalEvent[]): ProposalState =>
  events.reduce(decider.evolve, decider.initialState());

/** `count` members vote `choice`, starting with member number `from`. */
export const votes = (choice: VoteChoice, count: number, from = 0, now = day(20)): C.CastVote[] =>
  members.slice(from, from + count).map((member) => aCastVote(choice, meta(member, now)));

/** Drafted with the required đề án attached. */
export const drafted = (create: C.CreateDraft = aCreateDraft()): ProposalEvent[] =>
  historyOf([create, anAttachDocument({}, meta(lead, create.metadata.now))]);

/** Submitted on T0: the appraisal by BTCTU is open. */
export const inAppraisal = (create: C.CreateDraft = aCreateDraft()): ProposalEvent[] =>
  historyOf([aSubmitProposal(create.data.proposalType)], drafted(create));

/** Appraisal approved on day 1: consultation of STC and STNMT is open (due day 1 + 7 working days). */
export const inConsultation = (create: C.CreateDraft = aCreateDraft()): ProposalEvent[] =>
  historyOf([anApproveStage(meta(organizationBoard, day(1)))], inAppraisal(create));

/** Both coordinating agencies agreed on day 3: the next stage is open. */
export const afterConsultation = (create: C.CreateDraft = aCreateDraft()): ProposalEvent[] =>
  historyOf(
    [
      aGiveOpinion('STC', meta(financeReviewer, day(2))),
      aGiveOpinion('STNMT', meta(environmentReviewer, day(3))),
    ],
    inConsultation(create),
  );

/** The Standing Committee vote stage is open (for a merger, after a passing voter consultation). */
export const atVote = (create: C.CreateDraft = aCreateDraft()): ProposalEvent[] => {
  const history = afterConsultation(create);
  const units = create.data.units ?? [];
  return units.length > 0
    ? historyOf([aRecordVoterConsultation(passingResults(units), meta(organizationBoard, day(10)))], history)
    : history;
};

/** The secretary opened the vote on day 20. */
export const voteOpen = (create: C.CreateDraft = aCreateDraft()): ProposalEvent[] =>
  historyOf([anOpenVote(meta(secretary, day(20)))], atVote(create));

/** Approved by 8 of 15 on day 20. */
export const approved = (create: C.CreateDraft = aCreateDraft()): ProposalEvent[] =>
  historyOf([...votes('for', 8), aCloseVote(meta(secretary, day(20)))], voteOpen(create));
