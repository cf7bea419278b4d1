import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitNotFound, UnitsAlreadyReserved, type ReservationConflict } from './org-registry.errors';

/**
 * The cross-stream rule "a unit may be in only one open merger proposal", held by the primary key of
 * `merger_reservations`. Both methods run in the caller's transaction (the proposal command's), so the
 * reservation commits or rolls back with the events.
 * @publicApi
 */
@Injectable()
export class MergerReservations {
  /**
   * Reserves the units for the proposal. Re-reserving units the proposal already holds is a no-op.
   * Throws UnitNotFound for unknown codes and UnitsAlreadyReserved listing every unit another proposal
   * holds, including one committed by a concurrent transaction while this one waited (READ COMMITTED).
   * After a throw the transaction must be rolled back.
   */
  async reserveUnits(tx: EntityManager, proposalId: string, codes: readonly string[]): Promise<void> {
    // Sorted, so two proposals reserving overlapping sets lock in the same order and never deadlock.
    const unique = [...new Set(codes)].sort();
    if (unique.length === 0) return;
    const known: { code: string }[] = await tx.query(
      `SELECT code FROM administrative_units WHERE code = ANY($1::text[])`,
      [unique],
    );
    const missing = unique.filter((code) => !known.some((row) => row.code === code));
    if (missing.length > 0) throw new UnitNotFound(missing);
    // A concurrent insert of the same unit makes this wait; when the other commits, DO NOTHING skips it.
    await tx.query(
      `INSERT INTO merger_reservations (unit_code, proposal_id)
       SELECT code, $2::uuid FROM unnest($1::text[]) WITH ORDINALITY AS r(code, n) ORDER BY n
       ON CONFLICT (unit_code) DO NOTHING`,
      [unique, proposalId],
    );
    const conflicts: ReservationConflict[] = await tx.query(
      `SELECT unit_code AS "unitCode", proposal_id::text AS "proposalId"
         FROM merger_reservations
        WHERE unit_code = ANY($1::text[]) AND proposal_id <> $2::uuid
        ORDER BY unit_code`,
      [unique, proposalId],
    );
    if (conflicts.length > 0) throw new UnitsAlreadyReserved(conflicts);
  }

  /**
   * Frees the proposal's units (all of them, or only `codes`) when it is withdrawn, rejected, not
   * approved or edited to drop units. An approved or implemented merger keeps them: those units have
   * been merged and may not join another merger. Returns the codes released.
   */
  async releaseUnits(tx: EntityManager, proposalId: string, codes?: readonly string[]): Promise<string[]> {
    const released: { unit_code: string }[] = await tx.query(
      // Wrapped in a CTE: TypeORM returns [rows, count] for a bare DELETE but plain rows for a SELECT.
      `WITH released AS (
         DELETE FROM merger_reservations
          WHERE proposal_id = $1::uuid AND ($2::text[] IS NULL OR unit_code = ANY($2::text[]))
          RETURNING unit_code)
       SELECT unit_code FROM released`,
      [proposalId, codes ? [...codes] : null],
    );
    return released.map((row) => row.unit_code).sort();
  }

  /** The units a proposal holds, sorted. */
  async reservedBy(tx: EntityManager, proposalId: string): Promise<string[]> {
    const held: { unit_code: string }[] = await tx.query(
      `SELECT unit_code FROM merger_reservations WHERE proposal_id = $1::uuid ORDER BY unit_code`,
      [proposalId],
    );
    return held.map((row) => row.unit_code);
  }
}
