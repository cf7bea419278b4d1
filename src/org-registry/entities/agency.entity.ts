import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `agencies`: the agencies that lead or coordinate proposals, with their registry figures. */
@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ name: 'name_vi', type: 'text' }) nameVi!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'district_code', type: 'text', nullable: true }) districtCode!: string | null;
  @Column({ name: 'staffing_baseline_2015', type: 'integer', nullable: true })
  staffingBaseline2015!: number | null;
  @Column({ name: 'staffing_current', type: 'integer', nullable: true }) staffingCurrent!: number | null;
  @Column({ name: 'focal_points', type: 'integer', nullable: true }) focalPoints!: number | null;
  @Column({ type: 'integer', nullable: true }) deputies!: number | null;
  @Column({ name: 'webhook_url', type: 'text', nullable: true }) webhookUrl!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
}
