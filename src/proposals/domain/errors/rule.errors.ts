import { DomainError } from '../../../shared/domain/domain-error';

/** Content rules of the program: the request is well formed but the proposal breaks a rule (422). */

export class CoordinatingIncludesLead extends DomainError {
  override readonly code = 'PROPOSAL.COORDINATING_INCLUDES_LEAD';
  override readonly kind = 'unprocessable';
  constructor(agency: string) {
    super(
      {
        vi: `Cơ quan chủ trì (${agency}) không thể đồng thời là cơ quan phối hợp.`,
        en: `The lead agency (${agency}) cannot also be a coordinating agency.`,
      },
      { field: 'coordinatingAgencies', rule: 'one-lead-agency', agency },
    );
  }
}

export class CoordinatingDuplicate extends DomainError {
  override readonly code = 'PROPOSAL.COORDINATING_DUPLICATE';
  override readonly kind = 'unprocessable';
  constructor(agency: string) {
    super(
      {
        vi: `Cơ quan phối hợp ${agency} được nêu nhiều lần.`,
        en: `Coordinating agency ${agency} is listed twice.`,
      },
      { field: 'coordinatingAgencies', rule: 'distinct-coordinating-agencies', agency },
    );
  }
}

export class NetIncreaseNeedsException extends DomainError {
  override readonly code = 'PROPOSAL.NET_INCREASE_NEEDS_EXCEPTION';
  override readonly kind = 'unprocessable';
  constructor(figure: 'focalPoints' | 'staffing', before: number, after: number, rulePack: string) {
    const what =
      figure === 'focalPoints' ? { vi: 'đầu mối', en: 'focal points' } : { vi: 'biên chế', en: 'staffing' };
    super(
      {
        vi: `Việc sắp xếp không được tăng thêm ${what.vi} (${before} → ${after}); trường hợp đặc biệt phải trình theo đề án tăng đầu mối kèm giải trình.`,
        en: `A reorganisation may not increase ${what.en} (${before} → ${after}); an increase needs the exception path with a written justification.`,
      },
      { field: `figures.${figure}`, rule: 'no-net-increase', rulePack, before, after },
    );
  }
}

export class JustificationRequired extends DomainError {
  override readonly code = 'PROPOSAL.JUSTIFICATION_REQUIRED';
  override readonly kind = 'unprocessable';
  constructor(rulePack: string) {
    super(
      {
        vi: 'Đề án tăng đầu mối (trường hợp đặc biệt) phải có văn bản giải trình sự cần thiết.',
        en: 'An exception-path proposal must carry a written justification.',
      },
      { field: 'justification', rule: 'exception-needs-justification', rulePack },
    );
  }
}

export class MergerNeedsTwoUnits extends DomainError {
  override readonly code = 'PROPOSAL.MERGER_NEEDS_TWO_UNITS';
  override readonly kind = 'unprocessable';
  constructor(count: number) {
    super(
      {
        vi: 'Đề án sắp xếp đơn vị hành chính phải nêu ít nhất hai đơn vị khác nhau.',
        en: 'A unit merger must name at least two distinct units.',
      },
      { field: 'units', rule: 'merger-two-units', count },
    );
  }
}

export class MergerDuplicateUnit extends DomainError {
  override readonly code = 'PROPOSAL.MERGER_DUPLICATE_UNIT';
  override readonly kind = 'unprocessable';
  constructor(unitCode: string) {
    super(
      { vi: `Đơn vị ${unitCode} được nêu nhiều lần.`, en: `Unit ${unitCode} is listed twice.` },
      { field: 'units', rule: 'merger-two-units', unitCode },
    );
  }
}

export class MergerLevelMismatch extends DomainError {
  override readonly code = 'PROPOSAL.MERGER_LEVEL_MISMATCH';
  override readonly kind = 'unprocessable';
  constructor(unitCode: string, expectedLevel: string, actualLevel: string) {
    super(
      {
        vi: `Đơn vị ${unitCode} thuộc cấp "${actualLevel}", không cùng cấp "${expectedLevel}" của đề án.`,
        en: `Unit ${unitCode} is a ${actualLevel}-level unit; this merger joins ${expectedLevel}-level units.`,
      },
      { field: 'units', rule: 'merger-same-level', unitCode, expectedLevel, actualLevel },
    );
  }
}

export class UnitsNotApplicable extends DomainError {
  override readonly code = 'PROPOSAL.UNITS_NOT_APPLICABLE';
  override readonly kind = 'unprocessable';
  constructor(proposalType: string) {
    super(
      {
        vi: 'Chỉ đề án sắp xếp đơn vị hành chính mới nêu danh sách đơn vị.',
        en: `Only unit mergers name administrative units (this is "${proposalType}").`,
      },
      { field: 'units', rule: 'units-only-for-mergers', proposalType },
    );
  }
}

export class WorkflowNotApplicable extends DomainError {
  override readonly code = 'PROPOSAL.WORKFLOW_NOT_APPLICABLE';
  override readonly kind = 'unprocessable';
  constructor(
    reason: 'proposal-type' | 'workflow-not-in-force' | 'rule-pack-not-in-force',
    details: Record<string, unknown>,
  ) {
    super(
      {
        vi: 'Quy trình hoặc bộ quy tắc không áp dụng được cho đề án vào thời điểm trình.',
        en: `The workflow or rule pack does not apply to this proposal now (${reason}).`,
      },
      { rule: 'pinned-definitions', reason, ...details },
    );
  }
}

export class WorkflowInvalid extends DomainError {
  override readonly code = 'PROPOSAL.WORKFLOW_INVALID';
  override readonly kind = 'unprocessable';
  constructor(workflowId: string, reason: string) {
    super(
      {
        vi: `Định nghĩa quy trình ${workflowId} không hợp lệ.`,
        en: `Workflow definition ${workflowId} is not valid: ${reason}.`,
      },
      { workflowId, reason },
    );
  }
}

export class RequiredDocumentMissing extends DomainError {
  override readonly code = 'PROPOSAL.DOCUMENT_MISSING';
  override readonly kind = 'unprocessable';
  constructor(kind: string, rulePack: string) {
    const names: Record<string, string> = { proposal: 'đề án', submission: 'tờ trình', minutes: 'biên bản' };
    super(
      {
        vi: `Hồ sơ còn thiếu tài liệu bắt buộc: ${names[kind] ?? kind}.`,
        en: `The dossier lacks a required document: ${kind}.`,
      },
      { field: 'attachments', rule: 'required-documents', attachmentKind: kind, rulePack },
    );
  }
}

export class StageNotReturnable extends DomainError {
  override readonly code = 'PROPOSAL.STAGE_NOT_RETURNABLE';
  override readonly kind = 'unprocessable';
  constructor(stageId: string, reason: 'not-earlier' | 'never-cleared') {
    super(
      {
        vi: `Không thể trả đề án về bước "${stageId}": chỉ trả về một bước trước đó đã hoàn thành.`,
        en: `Cannot return the proposal to stage "${stageId}": only an earlier, cleared stage can take it back.`,
      },
      { field: 'toStage', rule: 'return-to-earlier-stage', stageId, reason },
    );
  }
}

export class TallyUnitsMismatch extends DomainError {
  override readonly code = 'PROPOSAL.TALLY_UNITS_MISMATCH';
  override readonly kind = 'unprocessable';
  constructor(expected: string[], received: string[]) {
    super(
      {
        vi: 'Kết quả lấy ý kiến cử tri phải có đúng một dòng cho mỗi đơn vị của đề án.',
        en: 'The voter consultation needs exactly one result for each unit of the proposal.',
      },
      { field: 'results', rule: 'voter-consultation-each-unit', expected, received },
    );
  }
}

export class DecisionDateInFuture extends DomainError {
  override readonly code = 'PROPOSAL.DECISION_DATE_IN_FUTURE';
  override readonly kind = 'unprocessable';
  constructor(decisionDate: string, today: string) {
    super(
      {
        vi: `Ngày quyết định (${decisionDate}) không được sau ngày hôm nay (${today}).`,
        en: `The decision date (${decisionDate}) cannot be after today (${today}).`,
      },
      { field: 'decisionDate', rule: 'decision-not-in-future', decisionDate, today },
    );
  }
}

export class SelfDelegation extends DomainError {
  override readonly code = 'PROPOSAL.SELF_DELEGATION';
  override readonly kind = 'unprocessable';
  constructor() {
    super(
      { vi: 'Không thể tự ủy quyền cho chính mình.', en: 'A holder cannot delegate to themselves.' },
      { field: 'delegate.id', rule: 'delegate-is-someone-else' },
    );
  }
}
