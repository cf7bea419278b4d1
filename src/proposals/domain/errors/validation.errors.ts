import { DomainError } from '../../../shared/domain/domain-error';

/** Why a piece of text was refused; the boundary normalises, so non-NFC here means it was bypassed. */
export type TextProblem =
  'missing' | 'empty' | 'not-nfc' | 'forbidden-characters' | 'line-break' | 'too-long';

const TEXT_PROBLEM: Record<TextProblem, { vi: string; en: string }> = {
  missing: { vi: 'bắt buộc', en: 'is required' },
  empty: { vi: 'không được để trống', en: 'must not be blank' },
  'not-nfc': { vi: 'phải ở dạng chuẩn Unicode NFC', en: 'must be in Unicode NFC form' },
  'forbidden-characters': {
    vi: 'chứa ký tự ẩn hoặc ký tự điều khiển không được phép',
    en: 'contains hidden or control characters that are not allowed',
  },
  'line-break': { vi: 'không được xuống dòng', en: 'must be a single line' },
  'too-long': { vi: 'quá dài', en: 'is too long' },
};

const fieldErrors = (field: string, message: string) => ({ field, errors: [{ field, message }] });

export class InvalidTitle extends DomainError {
  override readonly code = 'PROPOSAL.INVALID_TITLE';
  override readonly kind = 'validation';
  constructor(reason: TextProblem, limit?: number) {
    const problem = TEXT_PROBLEM[reason];
    super(
      { vi: `Tiêu đề đề án ${problem.vi}.`, en: `The proposal title ${problem.en}.` },
      { ...fieldErrors('title', `title ${problem.en}`), reason, ...(limit ? { limit } : {}) },
    );
  }
}

export class InvalidText extends DomainError {
  override readonly code = 'PROPOSAL.INVALID_TEXT';
  override readonly kind = 'validation';
  constructor(field: string, reason: TextProblem, limit?: number) {
    const problem = TEXT_PROBLEM[reason];
    super(
      { vi: `Trường "${field}" ${problem.vi}.`, en: `Field "${field}" ${problem.en}.` },
      { ...fieldErrors(field, `${field} ${problem.en}`), reason, ...(limit ? { limit } : {}) },
    );
  }
}

export class LeadAgencyRequired extends DomainError {
  override readonly code = 'PROPOSAL.LEAD_AGENCY_REQUIRED';
  override readonly kind = 'validation';
  constructor() {
    super(
      {
        vi: 'Đề án phải có đúng một cơ quan chủ trì.',
        en: 'A proposal must have exactly one lead agency.',
      },
      { ...fieldErrors('leadAgency', 'exactly one lead agency is required'), rule: 'one-lead-agency' },
    );
  }
}

export class InvalidAgencyCode extends DomainError {
  override readonly code = 'PROPOSAL.INVALID_AGENCY_CODE';
  override readonly kind = 'validation';
  constructor(field: string, value: unknown) {
    super(
      { vi: `Mã cơ quan tại "${field}" không hợp lệ.`, en: `The agency code in "${field}" is not valid.` },
      { ...fieldErrors(field, 'not a valid agency or body code'), value },
    );
  }
}

export class InvalidProposalType extends DomainError {
  override readonly code = 'PROPOSAL.INVALID_PROPOSAL_TYPE';
  override readonly kind = 'validation';
  constructor(value: unknown) {
    super(
      { vi: 'Loại đề án không hợp lệ.', en: 'Unknown proposal type.' },
      { ...fieldErrors('proposalType', 'unknown proposal type'), value },
    );
  }
}

export class FigureInvalid extends DomainError {
  override readonly code = 'PROPOSAL.FIGURE_INVALID';
  override readonly kind = 'validation';
  constructor(field: string, value: unknown) {
    super(
      {
        vi: `Số liệu "${field}" phải là số nguyên không âm.`,
        en: `Figure "${field}" must be a non-negative whole number.`,
      },
      { ...fieldErrors(field, 'must be a non-negative safe integer'), value, rule: 'figures-are-counts' },
    );
  }
}

export class UnitFactsInvalid extends DomainError {
  override readonly code = 'PROPOSAL.UNIT_INVALID';
  override readonly kind = 'validation';
  constructor(field: string, reason: string) {
    super(
      {
        vi: `Thông tin đơn vị hành chính tại "${field}" không hợp lệ.`,
        en: `Unit data at "${field}" is not valid.`,
      },
      { ...fieldErrors(field, reason), reason },
    );
  }
}

export class AttachmentInvalid extends DomainError {
  override readonly code = 'PROPOSAL.ATTACHMENT_INVALID';
  override readonly kind = 'validation';
  constructor(field: string, reason: string) {
    super(
      { vi: `Tài liệu đính kèm không hợp lệ ("${field}").`, en: `The attachment is not valid ("${field}").` },
      { ...fieldErrors(`attachment.${field}`, reason), reason },
    );
  }
}

export class DelegationInvalid extends DomainError {
  override readonly code = 'PROPOSAL.DELEGATION_INVALID';
  override readonly kind = 'validation';
  constructor(field: string, reason: string) {
    super(
      { vi: `Ủy quyền không hợp lệ ("${field}").`, en: `The delegation is not valid ("${field}").` },
      { ...fieldErrors(field, reason), reason },
    );
  }
}

export class TallyFigureInvalid extends DomainError {
  override readonly code = 'PROPOSAL.TALLY_FIGURE_INVALID';
  override readonly kind = 'validation';
  constructor(field: string, reason: string) {
    super(
      {
        vi: `Kết quả lấy ý kiến cử tri không hợp lệ ("${field}").`,
        en: `Voter consultation result not valid ("${field}").`,
      },
      { ...fieldErrors(field, reason), reason },
    );
  }
}

export class UnknownStage extends DomainError {
  override readonly code = 'PROPOSAL.UNKNOWN_STAGE';
  override readonly kind = 'validation';
  constructor(stageId: string) {
    super(
      {
        vi: `Quy trình của đề án không có bước "${stageId}".`,
        en: `The proposal's workflow has no stage "${stageId}".`,
      },
      { ...fieldErrors('stageId', 'no such stage in the pinned workflow'), stageId },
    );
  }
}

export class InvalidDate extends DomainError {
  override readonly code = 'PROPOSAL.INVALID_DATE';
  override readonly kind = 'validation';
  constructor(field: string, value: unknown) {
    super(
      {
        vi: `Ngày tại "${field}" không hợp lệ (YYYY-MM-DD).`,
        en: `The date in "${field}" is not valid (YYYY-MM-DD).`,
      },
      { ...fieldErrors(field, 'not a calendar date'), value },
    );
  }
}

export class InvalidChoice extends DomainError {
  override readonly code = 'PROPOSAL.INVALID_CHOICE';
  override readonly kind = 'validation';
  constructor(field: string, value: unknown, allowed: readonly string[]) {
    super(
      {
        vi: `Giá trị tại "${field}" không hợp lệ.`,
        en: `The value of "${field}" is not one of ${allowed.join(', ')}.`,
      },
      { ...fieldErrors(field, `one of ${allowed.join(', ')}`), value, allowed },
    );
  }
}
