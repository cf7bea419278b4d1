import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GuidanceRecord } from '../domain/deadline';

/** program_guidance: append-only; the newest record of a task is the one in force. */
@Injectable()
export class GuidanceRecords {
  constructor(private readonly dataSource: DataSource) {}

  /** Every record, oldest first. */
  async list(): Promise<GuidanceRecord[]> {
    const rows: (Omit<GuidanceRecord, 'recordedBy'> & { recordedById: string; recordedByName: string })[] =
      await this.dataSource.query(`
        SELECT task_id AS "taskId", document, guidance_date::text AS "guidanceDate",
               due_date::text AS "dueDate", recorded_by AS "recordedById", recorded_by_name AS "recordedByName",
               to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt", reason
          FROM program_guidance ORDER BY id`);
    return rows.map(({ recordedById, recordedByName, ...row }) => ({
      ...row,
      recordedBy: { id: recordedById, name: recordedByName },
    }));
  }

  async append(record: GuidanceRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO program_guidance
         (task_id, document, guidance_date, due_date, recorded_by, recorded_by_name, recorded_at, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        record.taskId,
        record.document,
        record.guidanceDate,
        record.dueDate,
        record.recordedBy.id,
        record.recordedBy.name,
        record.recordedAt,
        record.reason,
      ],
    );
  }
}
