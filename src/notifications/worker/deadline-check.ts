import type { DataSource } from 'typeorm';
import type { Delivery } from '../delivery';

const DEADLINE_TEMPLATES = new Set(['stage-reminder', 'stage-escalation']);

export const isDeadlineDelivery = (d: Delivery): boolean => DEADLINE_TEMPLATES.has(d.template);

/** A reminder or escalation still applies only while the same opening of its stage is open. */
export const stageStillOpen = async (db: DataSource, d: Delivery): Promise<boolean> => {
  const rows: { open: boolean }[] = await db.query(
    `SELECT EXISTS (
       SELECT 1 FROM proposals_v1 p, jsonb_array_elements(p.state->'stages') s
        WHERE p.proposal_id = $1 AND p.status = 'InReview'
          AND s->>'id' = $2 AND s->>'status' = 'open' AND s->>'openedAt' = $3
     ) AS open`,
    [d.data.proposalId, d.data.stageId, d.data.stageOpenedAt],
  );
  return rows[0].open;
};
