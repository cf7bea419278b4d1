import { deciderSpec } from '../../../test/support/decider-spec';
import {
  aCreateDraft,
  aFigures,
  aMergerDraft,
  anAttachDocument,
  anEditDraft,
  auditor,
  calendar,
  day,
  decider,
  drafted,
  dongYen,
  financeReviewer,
  historyOf,
  inAppraisal,
  inConsultation,
  lead,
  meta,
  organizationBoard,
  otherSubmitter,
  PROPOSAL_ID,
  resultingCommune,
  stateOf,
  T0,
  vinhHoa,
  vinhThuan,
} from '../../../test/support/proposal-builders';
import {
  AttachmentAlreadyExists,
  AttachmentInvalid,
  AuditorReadOnly,
  CoordinatingDuplicate,
  CoordinatingIncludesLead,
  FigureInvalid,
  InvalidAgencyCode,
  InvalidText,
  InvalidTitle,
  JustificationRequired,
  LeadAgencyRequired,
  MergerDuplicateUnit,
  MergerLevelMismatch,
  MergerNeedsTwoUnits,
  NetIncreaseNeedsException,
  NotLeadAgency,
  NotYourStage,
  ProposalAlreadyExists,
  ProposalNotFound,
  UnitFactsInvalid,
  UnitsNotApplicable,
  WrongStatus,
} from './proposal.errors';
import type { Figures } from './proposal.types';
import { createProposalDecider } from './proposal.decider';
import { NQ18_2018 } from '../workflows/rule-pack';
import { NoRulePackInForce } from '../workflows/workflow.errors';

const given = deciderSpec(decider);

describe('Drafting a proposal', () => {
  describe('CreateDraft', () => {
    it('records the draft with its lead agency, coordinating agencies and figures', () =>
      given([])
        .when(aCreateDraft())
        .then([
          {
            type: 'ProposalDrafted',
            data: {
              proposalId: PROPOSAL_ID,
              proposalType: 'internal-restructuring',
              title: 'Đề án sắp xếp các phòng chuyên môn thuộc Sở Nội vụ',
              summary: 'Giảm từ 12 xuống 9 đầu mối; giảm cấp phó; tinh giản 10% biên chế so với năm 2015.',
              leadAgency: 'SNV',
              coordinatingAgencies: ['STC', 'STNMT'],
              figures: aFigures(),
              justification: null,
              units: [],
              resultingUnit: null,
              taskId: null,
              evaluation: null,
              draftedBy: { id: lead.id, name: lead.name },
              draftedAt: T0,
            },
          },
        ]));

    it('shows the merger evaluation with a unit merger draft', () => {
      const [event] = given([])
        .when(aMergerDraft('commune-merger', { resultingUnit: resultingCommune }))
        .events();
      expect(event).toMatchObject({
        type: 'ProposalDrafted',
        data: {
          units: [vinhHoa, dongYen],
          evaluation: {
            units: [
              { code: vinhHoa.code, requiredByProgram: true, finding: 'required' },
              { code: dongYen.code, requiredByProgram: false, finding: 'not-required' },
            ],
            requiredCount: 1,
            resulting: {
              name: 'Vĩnh Hòa',
              population: 9_990,
              areaKm2: 44.95,
              meetsPopulation: false,
              meetsArea: false,
            },
          },
        },
      });
    });

    it('keeps only the known fields of what the caller sent', () => {
      const sneaky = aCreateDraft({ figures: { ...aFigures(), budget: 1 } as unknown as Figures });
      (sneaky.data as unknown as Record<string, unknown>).status = 'Approved';
      const [event] = given([]).when(sneaky).events();
      expect(event.data).not.toHaveProperty('status');
      expect((event.data as { figures: Figures }).figures).toEqual(aFigures());
    });

    it('has no rule pack to judge a draft written before the 2018 program', () =>
      given([])
        .when(aCreateDraft({}, meta(lead, '2017-12-31T02:00:00.000Z')))
        .thenThrows(NoRulePackInForce, { code: 'WORKFLOW.NO_RULE_PACK_IN_FORCE', kind: 'unprocessable' }));

    it('judges a draft by the pack the application supplies for the day', () => {
      const lenient = createProposalDecider({
        calendar,
        rulePackAt: () => ({
          ...NQ18_2018,
          rules: { ...NQ18_2018.rules, noNetIncrease: { ...NQ18_2018.rules.noNetIncrease, staffing: false } },
        }),
      });
      deciderSpec(lenient)([])
        .when(aCreateDraft({ figures: aFigures({ staffing: { before: 180, after: 190 } }) }))
        .thenTypes(['ProposalDrafted']);
    });

    it('refuses a second draft on the same stream', () =>
      given(drafted())
        .when(aCreateDraft())
        .thenThrows(ProposalAlreadyExists, { code: 'PROPOSAL.ALREADY_EXISTS', kind: 'conflict' }));

    it('refuses a submitter of another agency', () =>
      given([])
        .when(aCreateDraft({}, meta(otherSubmitter)))
        .thenThrows(NotLeadAgency, { code: 'PROPOSAL.NOT_LEAD_AGENCY', kind: 'forbidden' }));

    it('refuses a reviewer, who drafts nothing', () =>
      given([])
        .when(aCreateDraft({}, meta(organizationBoard)))
        .thenThrows(NotLeadAgency));

    it('refuses an auditor', () =>
      given([])
        .when(aCreateDraft({}, meta(auditor)))
        .thenThrows(AuditorReadOnly, { code: 'PROPOSAL.AUDITOR_READ_ONLY' }));

    describe('exactly one lead agency', () => {
      it.each([[''], ['   '], [['SNV', 'STC']], [undefined]])('refuses lead agency %p', (leadAgency) =>
        given([])
          .when(aCreateDraft({ leadAgency: leadAgency as string }))
          .thenThrows(LeadAgencyRequired, { code: 'PROPOSAL.LEAD_AGENCY_REQUIRED', kind: 'validation' }),
      );

      it('refuses the lead agency among the coordinating agencies', () =>
        given([])
          .when(aCreateDraft({ coordinatingAgencies: ['STC', 'SNV'] }))
          .thenThrows(CoordinatingIncludesLead, {
            code: 'PROPOSAL.COORDINATING_INCLUDES_LEAD',
            kind: 'unprocessable',
            details: { field: 'coordinatingAgencies', agency: 'SNV' },
          }));

      it('refuses a coordinating agency listed twice', () =>
        given([])
          .when(aCreateDraft({ coordinatingAgencies: ['STC', 'STNMT', 'STC'] }))
          .thenThrows(CoordinatingDuplicate, { code: 'PROPOSAL.COORDINATING_DUPLICATE' }));

      it('refuses a blank coordinating agency code', () =>
        given([])
          .when(aCreateDraft({ coordinatingAgencies: ['STC', ' '] }))
          .thenThrows(InvalidAgencyCode));

      it('accepts no coordinating agency at all', () =>
        given([])
          .when(aCreateDraft({ coordinatingAgencies: [] }))
          .thenTypes(['ProposalDrafted']));
    });

    describe('figures', () => {
      it.each([
        ['a negative count', { staffing: { before: 180, after: -1 } }, 'figures.staffing.after'],
        ['a fraction', { deputies: { before: 2.5, after: 2 } }, 'figures.deputies.before'],
        ['text', { focalPoints: { before: '12', after: 9 } }, 'figures.focalPoints.before'],
        ['an unsafe integer', { staffing: { before: 2 ** 53, after: 1 } }, 'figures.staffing.before'],
        ['a missing pair', { deputies: undefined }, 'figures.deputies'],
      ])('refuses %s', (_, overrides, field) =>
        given([])
          .when(aCreateDraft({ figures: { ...aFigures(), ...overrides } as unknown as Figures }))
          .thenThrows(FigureInvalid, {
            code: 'PROPOSAL.FIGURE_INVALID',
            kind: 'validation',
            details: { field },
          }),
      );

      it('refuses more focal points outside the exception path, naming the rule', () =>
        given([])
          .when(aCreateDraft({ figures: aFigures({ focalPoints: { before: 9, after: 10 } }) }))
          .thenThrows(NetIncreaseNeedsException, {
            code: 'PROPOSAL.NET_INCREASE_NEEDS_EXCEPTION',
            kind: 'unprocessable',
            details: { rule: 'no-net-increase', field: 'figures.focalPoints', rulePack: 'nq18-2018' },
          }));

      it('refuses more staffing outside the exception path', () =>
        given([])
          .when(aCreateDraft({ figures: aFigures({ staffing: { before: 100, after: 101 } }) }))
          .thenThrows(NetIncreaseNeedsException, { details: { field: 'figures.staffing' } }));

      it('accepts focal points kept as they are', () =>
        given([])
          .when(aCreateDraft({ figures: aFigures({ focalPoints: { before: 9, after: 9 } }) }))
          .thenTypes(['ProposalDrafted']));

      it('accepts an increase on the exception path with a written justification', () =>
        given([])
          .when(
            aCreateDraft({
              proposalType: 'focal-point-increase',
              figures: aFigures({
                focalPoints: { before: 9, after: 10 },
                staffing: { before: 180, after: 185 },
              }),
              justification: 'Thành lập Trung tâm Phục vụ hành chính công theo chỉ đạo của Trung ương.',
            }),
          )
          .thenTypes(['ProposalDrafted']));

      it('refuses an increase on the exception path without a justification', () =>
        given([])
          .when(
            aCreateDraft({
              proposalType: 'focal-point-increase',
              figures: aFigures({ focalPoints: { before: 9, after: 10 } }),
              justification: '   ',
            }),
          )
          .thenThrows(JustificationRequired, {
            code: 'PROPOSAL.JUSTIFICATION_REQUIRED',
            kind: 'unprocessable',
          }));
    });

    describe('text', () => {
      const nfdTitle = 'Đề án sáp nhập xã Vĩnh Hòa'.normalize('NFD');

      it('refuses an NFD title, naming the field', () =>
        given([])
          .when(aCreateDraft({ title: nfdTitle }))
          .thenThrows(InvalidTitle, {
            code: 'PROPOSAL.INVALID_TITLE',
            kind: 'validation',
            details: { field: 'title', reason: 'not-nfc' },
          }));

      it.each([
        ['a zero-width space', 'Đề án\u200B sáp nhập'],
        ['a right-to-left override', '\u202EĐề án sáp nhập'],
        ['U+0000', 'Đề án\u0000'],
      ])('refuses a title with %s', (_, title) =>
        given([])
          .when(aCreateDraft({ title }))
          .thenThrows(InvalidTitle, { details: { reason: 'forbidden-characters' } }),
      );

      it('refuses a blank title and a title on two lines', () => {
        given([])
          .when(aCreateDraft({ title: '  ' }))
          .thenThrows(InvalidTitle, { details: { reason: 'empty' } });
        given([])
          .when(aCreateDraft({ title: 'Đề án\nsáp nhập' }))
          .thenThrows(InvalidTitle, { details: { reason: 'line-break' } });
      });

      it('takes a 300-character title and refuses 301', () => {
        given([])
          .when(aCreateDraft({ title: 'ấ'.repeat(300) }))
          .thenTypes(['ProposalDrafted']);
        given([])
          .when(aCreateDraft({ title: 'ấ'.repeat(301) }))
          .thenThrows(InvalidTitle, { details: { reason: 'too-long', limit: 300 } });
      });

      it('refuses a summary over 5000 characters and an NFD one', () => {
        given([])
          .when(aCreateDraft({ summary: 'a'.repeat(5001) }))
          .thenThrows(InvalidText, {
            code: 'PROPOSAL.INVALID_TEXT',
            details: { field: 'summary', reason: 'too-long' },
          });
        given([])
          .when(aCreateDraft({ summary: 'Hòa Chánh'.normalize('NFD') }))
          .thenThrows(InvalidText, { details: { field: 'summary', reason: 'not-nfc' } });
      });

      it('accepts a summary on several lines', () =>
        given([])
          .when(aCreateDraft({ summary: 'Dòng một.\nDòng hai.' }))
          .thenTypes(['ProposalDrafted']));
    });

    describe('unit mergers', () => {
      it('refuses a merger of a single unit', () =>
        given([])
          .when(aMergerDraft('commune-merger', { units: [vinhHoa] }))
          .thenThrows(MergerNeedsTwoUnits, {
            code: 'PROPOSAL.MERGER_NEEDS_TWO_UNITS',
            kind: 'unprocessable',
          }));

      it('refuses a merger without units', () =>
        given([])
          .when(aMergerDraft('commune-merger', { units: undefined }))
          .thenThrows(MergerNeedsTwoUnits));

      it('refuses the same unit twice', () =>
        given([])
          .when(aMergerDraft('commune-merger', { units: [vinhHoa, vinhHoa] }))
          .thenThrows(MergerDuplicateUnit, { code: 'PROPOSAL.MERGER_DUPLICATE_UNIT' }));

      it('refuses units of another level than the merger type', () =>
        given([])
          .when(aMergerDraft('district-merger', { units: [vinhHoa, vinhThuan] }))
          .thenThrows(MergerLevelMismatch, {
            code: 'PROPOSAL.MERGER_LEVEL_MISMATCH',
            details: { expectedLevel: 'district', actualLevel: 'commune' },
          }));

      it('refuses units mixing levels', () =>
        given([])
          .when(aMergerDraft('commune-merger', { units: [vinhHoa, { ...vinhThuan, level: 'hamlet' }] }))
          .thenThrows(MergerLevelMismatch));

      it('refuses units on a proposal that merges no units', () =>
        given([])
          .when(aCreateDraft({ units: [vinhHoa, dongYen] }))
          .thenThrows(UnitsNotApplicable, { code: 'PROPOSAL.UNITS_NOT_APPLICABLE' }));

      it('refuses a negative population and an NFD unit name', () => {
        given([])
          .when(aMergerDraft('commune-merger', { units: [vinhHoa, { ...dongYen, population: -5 }] }))
          .thenThrows(UnitFactsInvalid, { details: { field: 'units[1].population' } });
        given([])
          .when(
            aMergerDraft('commune-merger', {
              units: [{ ...vinhHoa, name: 'Vĩnh Hòa'.normalize('NFD') }, dongYen],
            }),
          )
          .thenThrows(InvalidText, { details: { field: 'units[0].name', reason: 'not-nfc' } });
      });
    });
  });

  describe('EditDraft', () => {
    it('records only the fields that changed', () =>
      given(drafted())
        .when(
          anEditDraft({
            title: 'Đề án sắp xếp phòng thuộc Sở Nội vụ (sửa đổi)',
            summary: aCreateDraft().data.summary,
          }),
        )
        .then([
          {
            type: 'DraftEdited',
            data: {
              proposalId: PROPOSAL_ID,
              changes: { title: 'Đề án sắp xếp phòng thuộc Sở Nội vụ (sửa đổi)' },
              changedFields: ['title'],
              editedBy: { id: lead.id, name: lead.name },
              editedAt: T0,
            },
          },
        ]));

    it('records nothing when nothing changed', () =>
      given(drafted())
        .when(anEditDraft({ coordinatingAgencies: ['STC', 'STNMT'] }))
        .thenNothing());

    it('recomputes the merger evaluation when the units change', () =>
      given(historyOf([aMergerDraft()]))
        .when(anEditDraft({ units: [vinhHoa, vinhThuan] }))
        .thenMatch([
          {
            type: 'DraftEdited',
            data: {
              changedFields: ['units'],
              evaluation: { requiredCount: 2, units: [{ code: vinhHoa.code }, { code: vinhThuan.code }] },
            },
          },
        ]));

    it('clears the justification with null', () => {
      const history = historyOf([aCreateDraft({ justification: 'Lý do cũ.' })]);
      given(history)
        .when(anEditDraft({ justification: null }))
        .thenMatch([
          {
            type: 'DraftEdited',
            data: { changes: { justification: null }, changedFields: ['justification'] },
          },
        ]);
    });

    it('applies the same content rules as drafting', () => {
      given(drafted())
        .when(anEditDraft({ figures: aFigures({ staffing: { before: 180, after: 200 } }) }))
        .thenThrows(NetIncreaseNeedsException);
      given(drafted())
        .when(anEditDraft({ coordinatingAgencies: ['SNV'] }))
        .thenThrows(CoordinatingIncludesLead);
      given(drafted())
        .when(anEditDraft({ title: 'Sáp nhập'.normalize('NFD') }))
        .thenThrows(InvalidTitle);
    });

    it('refuses anyone but the lead agency', () => {
      given(drafted())
        .when(anEditDraft({ title: 'Khác' }, meta(otherSubmitter)))
        .thenThrows(NotLeadAgency);
      given(drafted())
        .when(anEditDraft({ title: 'Khác' }, meta(auditor)))
        .thenThrows(AuditorReadOnly);
    });

    it('refuses editing while the proposal is in review', () =>
      given(inAppraisal())
        .when(anEditDraft({ title: 'Khác' }))
        .thenThrows(WrongStatus, {
          code: 'PROPOSAL.WRONG_STATUS',
          kind: 'conflict',
          details: { currentStatus: 'InReview' },
        }));

    it('refuses editing a proposal that does not exist', () =>
      given([])
        .when(anEditDraft({ title: 'Khác' }))
        .thenThrows(ProposalNotFound, { kind: 'not-found' }));
  });

  describe('AttachDocument', () => {
    it('adds the đề án to the dossier', () =>
      given(historyOf([aCreateDraft()]))
        .when(anAttachDocument())
        .then([
          {
            type: 'DocumentAttached',
            data: {
              proposalId: PROPOSAL_ID,
              attachment: {
                id: 'att-de-an',
                name: 'Đề án sắp xếp.pdf',
                mediaType: 'application/pdf',
                size: 482_113,
                sha256: 'a'.repeat(64),
                kind: 'proposal',
              },
              stageId: null,
              attachedBy: { id: lead.id, name: lead.name },
              actingFor: null,
              attachedAt: T0,
            },
          },
        ]));

    it('refuses the same attachment twice', () =>
      given(drafted())
        .when(anAttachDocument())
        .thenThrows(AttachmentAlreadyExists, { code: 'PROPOSAL.ATTACHMENT_DUPLICATE' }));

    it.each([
      ['a short hash', { sha256: 'abc' }, 'sha256'],
      ['an upper-case hash', { sha256: 'A'.repeat(64) }, 'sha256'],
      ['an empty file', { size: 0 }, 'size'],
      ['an unknown kind', { kind: 'photo' }, 'kind'],
      ['a bad media type', { mediaType: 'pdf' }, 'mediaType'],
    ])('refuses %s', (_, overrides, field) =>
      given(historyOf([aCreateDraft()]))
        .when(anAttachDocument({ id: 'att-2', ...(overrides as object) }))
        .thenThrows(AttachmentInvalid, { details: { field: `attachment.${field}` } }),
    );

    it('refuses an attachment name with a zero-width joiner', () =>
      given(historyOf([aCreateDraft()]))
        .when(anAttachDocument({ name: 'Tờ trình\u200D.pdf' }))
        .thenThrows(InvalidText, { details: { field: 'attachment.name' } }));

    it('lets the body of the open stage add minutes while in review', () =>
      given(inConsultation())
        .when(
          anAttachDocument(
            { id: 'att-bb', kind: 'minutes', name: 'Biên bản góp ý.pdf' },
            meta(financeReviewer, day(2)),
          ),
        )
        .thenMatch([
          {
            type: 'DocumentAttached',
            data: { stageId: 'consultation', attachedBy: { id: financeReviewer.id } },
          },
        ]));

    it('refuses a reviewing body replacing the đề án itself', () =>
      given(inAppraisal())
        .when(anAttachDocument({ id: 'att-x', kind: 'proposal' }, meta(organizationBoard)))
        .thenThrows(AttachmentInvalid));

    it('refuses the lead agency changing the dossier while it is in review', () =>
      given(inAppraisal())
        .when(anAttachDocument({ id: 'att-3' }))
        .thenThrows(NotYourStage));
  });

  it('folds the draft into state', () => {
    const state = stateOf(drafted(aMergerDraft()));
    expect(state).toMatchObject({
      status: 'Draft',
      leadAgency: 'SNV',
      units: [vinhHoa, dongYen],
      attachments: [{ id: 'att-de-an', kind: 'proposal' }],
      stages: [],
      changedFieldsSinceReturn: [],
    });
  });
});
