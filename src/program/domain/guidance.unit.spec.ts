import { ACTION_PROGRAM_18 } from '../data/action-program';
import { recordGuidance, type RecordGuidance } from './guidance';
import {
  DueDateBeforeGuidance,
  GuidanceDateInFuture,
  ProgramTaskNotFound,
  TaskNotAwaitingGuidance,
} from './program.errors';

const command = (changes: Partial<RecordGuidance> = {}): RecordGuidance => ({
  taskId: 'NV-2.2-02',
  document: 'Hướng dẫn thử nghiệm số 1-HD/TW',
  guidanceDate: '2019-03-04',
  dueDate: '2019-12-31',
  reason: 'TEST FIXTURE',
  recordedBy: { id: 'admin-1', name: 'Quản trị' },
  recordedAt: '2019-03-05T02:00:00.000Z',
  today: '2019-03-05',
  ...changes,
});

describe('Recording the central guidance a task waits for', () => {
  it('dates a task that waits for it', () =>
    expect(recordGuidance(ACTION_PROGRAM_18, command())).toMatchObject({
      taskId: 'NV-2.2-02',
      guidanceDate: '2019-03-04',
      dueDate: '2019-12-31',
    }));

  it.each([
    ['an unknown task', { taskId: 'NV-9.9-99' }, ProgramTaskNotFound],
    ['a task the program already dates ("trong năm 2018")', { taskId: 'NV-2.1-04' }, TaskNotAwaitingGuidance],
    ['guidance dated after today', { guidanceDate: '2019-03-06' }, GuidanceDateInFuture],
    ['a due date before the guidance', { dueDate: '2019-03-01' }, DueDateBeforeGuidance],
  ])('refuses %s', (_, changes, error) =>
    expect(() => recordGuidance(ACTION_PROGRAM_18, command(changes))).toThrow(error),
  );
});
