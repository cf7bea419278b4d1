import { expectAt, ONE_EVENT, type Random, type Tampering } from './tampering-kit';

const HASH = ['hash-mismatch'];

export const changeData = (s: string, v: number, r: Random): Tampering => ({
  label: `data of ${s} v${v}`,
  apply: async (db) => {
    const value = r.int(11, 99); // the seed holds 10
    await db.query(
      `UPDATE events SET data = jsonb_set(data, '{figures,after}', to_jsonb($3::int)) ${ONE_EVENT}`,
      [s, v, value],
    );
    return expectAt(s, v, HASH);
  },
});

export const changeType = (s: string, v: number): Tampering => ({
  label: `type of ${s} v${v}`,
  apply: async (db) => {
    await db.query(`UPDATE events SET type = 'ProposalApproved' ${ONE_EVENT}`, [s, v]);
    return expectAt(s, v, HASH);
  },
});

export const changeTime = (s: string, v: number, r: Random): Tampering => ({
  label: `time of ${s} v${v}`,
  apply: async (db) => {
    const seconds = r.int(1, 86_400);
    await db.query(`UPDATE events SET recorded_at = recorded_at - make_interval(secs => $3) ${ONE_EVENT}`, [
      s,
      v,
      seconds,
    ]);
    return expectAt(s, v, HASH);
  },
});

/** A middle event: the stream's last one would be a tail, which `deleteTail` covers. */
export const deleteMiddle = (s: string, v: number): Tampering => ({
  label: `delete ${s} v${v}`,
  apply: async (db) => {
    await db.query(`DELETE FROM events ${ONE_EVENT}`, [s, v]);
    return expectAt(s, v, [v === 1 ? 'missing-predecessor' : 'version-gap'], { digestDiffers: true });
  },
});

export const swapVersions = (s: string, v: number): Tampering => ({
  label: `swap ${s} v${v} and v${v + 1}`,
  apply: async (db) => {
    const move = `UPDATE events SET stream_version = $3 ${ONE_EVENT}`;
    for (const [from, to] of [
      [v, 1000],
      [v + 1, v],
      [1000, v + 1],
    ])
      await db.query(move, [s, from, to]);
    return expectAt(s, v, ['previous-hash-mismatch']);
  },
});
