import { DataSource } from 'typeorm';
import { createDataSource } from '../../../src/database/data-source';
import { GuidanceRecords } from '../../../src/program/application/guidance-records';
import type { GuidanceRecord } from '../../../src/program/domain/deadline';
import { TEST_DATABASE_URL } from '../../support/test-env';

// A task id of its own, so other files recording guidance never change what this one reads.
const TASK = `NV-T.${process.pid}`;
const record = (guidanceDate: string, dueDate: string | null): GuidanceRecord => ({
  taskId: TASK,
  document: 'Hướng dẫn thử nghiệm',
  guidanceDate,
  dueDate,
  recordedBy: { id: 'admin-1', name: 'Quản trị viên' },
  recordedAt: `${guidanceDate}T02:00:00.000Z`,
  reason: 'TEST FIXTURE',
});

describe('program_guidance: who recorded which central guidance, append-only', () => {
  let ds: DataSource;
  let records: GuidanceRecords;

  beforeAll(async () => {
    ds = createDataSource(TEST_DATABASE_URL, 2);
    await ds.initialize();
    records = new GuidanceRecords(ds);
  });
  afterAll(() => ds.destroy());

  it('keeps every record, oldest first, as written', async () => {
    await records.append(record('2019-03-04', '2019-09-02'));
    await records.append(record('2019-04-01', null));
    const mine = (await records.list()).filter((r) => r.taskId === TASK);
    expect(mine).toEqual([record('2019-03-04', '2019-09-02'), record('2019-04-01', null)]);
  });

  it.each([
    ['UPDATE', `UPDATE program_guidance SET reason = 'sửa' WHERE task_id = '${TASK}'`],
    ['DELETE', `DELETE FROM program_guidance WHERE task_id = '${TASK}'`],
    ['TRUNCATE', 'TRUNCATE program_guidance'],
  ])('refuses %s', async (_, sql) => {
    await expect(ds.query(sql)).rejects.toThrow(/append-only/);
    expect((await records.list()).filter((r) => r.taskId === TASK)).toHaveLength(2);
  });

  it('refuses a due date before the guidance date, whatever the caller checked', async () =>
    expect(records.append(record('2019-03-04', '2019-03-01'))).rejects.toThrow(
      /program_guidance_due_date_check|check/,
    ));
});
