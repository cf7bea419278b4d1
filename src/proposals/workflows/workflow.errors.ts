import { DomainError } from '../../shared/domain/domain-error';

export class NoWorkflowInForce extends DomainError {
  override readonly code = 'WORKFLOW.NONE_IN_FORCE';
  override readonly kind = 'unprocessable';
  constructor(proposalType: string, date: string) {
    super(
      {
        vi: `Không có quy trình nào áp dụng cho loại đề án "${proposalType}" vào ngày ${date}.`,
        en: `No workflow for proposal type "${proposalType}" is in force on ${date}.`,
      },
      { proposalType, date },
    );
  }
}

export class NoRulePackInForce extends DomainError {
  override readonly code = 'WORKFLOW.NO_RULE_PACK_IN_FORCE';
  override readonly kind = 'unprocessable';
  constructor(date: string) {
    super(
      {
        vi: `Không có bộ quy tắc nào có hiệu lực vào ngày ${date}.`,
        en: `No rule pack is in force on ${date}.`,
      },
      { date },
    );
  }
}
