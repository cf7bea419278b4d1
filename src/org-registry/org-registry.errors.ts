import { DomainError } from '../shared/domain/domain-error';

/** One or more administrative unit codes are not in the registry. */
export class UnitNotFound extends DomainError {
  override readonly code = 'REGISTRY.UNIT_NOT_FOUND';
  override readonly kind = 'not-found';
  constructor(readonly codes: string[]) {
    super(
      {
        vi: `Không có đơn vị hành chính mã ${codes.join(', ')}`,
        en: `No administrative unit with code ${codes.join(', ')}`,
      },
      { codes },
    );
  }
}

export class AgencyNotFound extends DomainError {
  override readonly code = 'REGISTRY.AGENCY_NOT_FOUND';
  override readonly kind = 'not-found';
  constructor(readonly agencyCode: string) {
    super(
      { vi: `Không có cơ quan mã ${agencyCode}`, en: `No agency with code ${agencyCode}` },
      { agencyCode },
    );
  }
}

export class BodyNotFound extends DomainError {
  override readonly code = 'REGISTRY.BODY_NOT_FOUND';
  override readonly kind = 'not-found';
  constructor(readonly bodyCode: string) {
    super(
      { vi: `Không có cơ quan xét duyệt mã ${bodyCode}`, en: `No body with code ${bodyCode}` },
      { bodyCode },
    );
  }
}

export interface ReservationConflict {
  unitCode: string;
  proposalId: string;
}

/** "A unit may be in only one open merger proposal": these units are held by another proposal. */
export class UnitsAlreadyReserved extends DomainError {
  override readonly code = 'REGISTRY.UNITS_ALREADY_RESERVED';
  override readonly kind = 'unprocessable';
  constructor(readonly conflicts: ReservationConflict[]) {
    const codes = conflicts.map((c) => c.unitCode).join(', ');
    super(
      {
        vi: `Đơn vị ${codes} đã thuộc một đề án sáp nhập khác đang xử lý`,
        en: `Units ${codes} are already in another open merger proposal`,
      },
      { conflicts },
    );
  }
}

/** A registry change request that carries nothing to change, or text that may not be stored. */
export class RegistryChangeInvalid extends DomainError {
  override readonly code = 'REGISTRY.CHANGE_INVALID';
  override readonly kind = 'validation';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(
      { vi: `Thay đổi không hợp lệ (${field}): ${problem}`, en: `Invalid change (${field}): ${problem}` },
      { errors: [{ field, message: problem }] },
    );
  }
}

export class InvalidCursor extends DomainError {
  override readonly code = 'REGISTRY.INVALID_CURSOR';
  override readonly kind = 'validation';
  constructor() {
    super({ vi: 'Con trỏ phân trang không hợp lệ', en: 'The page cursor is not valid' });
  }
}
