import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `merger_reservations`: the primary key makes a unit belong to at most one open merger proposal. */
@Entity({ name: 'merger_reservations' })
export class MergerReservationEntity {
  @PrimaryColumn({ name: 'unit_code', type: 'text' }) unitCode!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @Column({ name: 'reserved_at', type: 'timestamptz' }) reservedAt!: Date;
}
