import { DomainError } from '../../shared/domain/domain-error';

export class ProgramTaskNotFound extends DomainError {
  override readonly code = 'PROGRAM.TASK_NOT_FOUND';
  override readonly kind = 'not-found';
  constructor(readonly taskId: string) {
    super(
      { vi: `Chương trình không có nhiệm vụ ${taskId}`, en: `The program has no task ${taskId}` },
      { taskId },
    );
  }
}

/** Only a task the seed makes wait for central guidance ("khi có hướng dẫn của Trung ương") takes one. */
export class TaskNotAwaitingGuidance extends DomainError {
  override readonly code = 'PROGRAM.TASK_NOT_AWAITING_GUIDANCE';
  override readonly kind = 'unprocessable';
  constructor(readonly taskId: string) {
    super(
      {
        vi: `Nhiệm vụ ${taskId} không chờ hướng dẫn của Trung ương: thời hạn đã do chương trình quy định`,
        en: `Task ${taskId} does not wait for central guidance: the program sets its deadline`,
      },
      { taskId },
    );
  }
}

export class GuidanceDateInFuture extends DomainError {
  override readonly code = 'PROGRAM.GUIDANCE_DATE_IN_FUTURE';
  override readonly kind = 'unprocessable';
  constructor(
    readonly guidanceDate: string,
    readonly today: string,
  ) {
    super(
      {
        vi: `Ngày ban hành hướng dẫn ${guidanceDate} chưa đến (hôm nay ${today})`,
        en: `The guidance date ${guidanceDate} is after today (${today})`,
      },
      { guidanceDate, today },
    );
  }
}

export class DueDateBeforeGuidance extends DomainError {
  override readonly code = 'PROGRAM.DUE_DATE_BEFORE_GUIDANCE';
  override readonly kind = 'unprocessable';
  constructor(
    readonly dueDate: string,
    readonly guidanceDate: string,
  ) {
    super(
      {
        vi: `Thời hạn ${dueDate} trước ngày ban hành hướng dẫn ${guidanceDate}`,
        en: `The due date ${dueDate} is before the guidance date ${guidanceDate}`,
      },
      { dueDate, guidanceDate },
    );
  }
}
