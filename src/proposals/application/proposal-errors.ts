import { DomainError } from '../../shared/domain/domain-error';

export class ProposalNotFound extends DomainError {
  readonly code = 'PROPOSAL.NOT_FOUND';
  readonly kind = 'not-found';
  constructor(proposalId: string) {
    super({ vi: 'Không tìm thấy đề án', en: 'Proposal not found' }, { proposalId });
  }
}

export class IdempotencyKeyReused extends DomainError {
  readonly code = 'IDEMPOTENCY.KEY_REUSED';
  readonly kind = 'unprocessable';
  constructor() {
    super({
      vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác',
      en: 'This Idempotency-Key was already used with a different request',
    });
  }
}

export class AuditorIsReadOnly extends DomainError {
  readonly code = 'AUTH.AUDITOR_READ_ONLY';
  readonly kind = 'forbidden';
  constructor() {
    super({ vi: 'Kiểm toán viên chỉ được xem, không được thay đổi', en: 'Auditors read; they never write' });
  }
}

/** A lead or coordinating agency the registry does not know: its stage could never be acted on. */
export class UnknownAgency extends DomainError {
  readonly code = 'PROPOSAL.UNKNOWN_AGENCY';
  readonly kind = 'unprocessable';
  constructor(field: string, agencyCode: string) {
    super(
      {
        vi: `Không có cơ quan, đơn vị mã ${agencyCode} trong danh mục (${field})`,
        en: `No agency or body with code ${agencyCode} in the registry (${field})`,
      },
      { errors: [{ field, message: `unknown agency ${agencyCode}` }], agencyCode },
    );
  }
}
