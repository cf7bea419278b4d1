import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `unit_standards`: minimum population and area by unit type, with the period they apply. */
@Entity({ name: 'unit_standards' })
export class UnitStandardEntity {
  @PrimaryColumn({ name: 'unit_type', type: 'text' }) unitType!: string;
  @PrimaryColumn({ type: 'text' }) region!: string;
  @PrimaryColumn({ name: 'effective_from', type: 'date' }) effectiveFrom!: string;
  @Column({ name: 'effective_to', type: 'date', nullable: true }) effectiveTo!: string | null;
  @Column({ name: 'min_population', type: 'integer' }) minPopulation!: number;
  @Column({ name: 'min_area_km2', type: 'numeric', precision: 10, scale: 2 }) minAreaKm2!: string;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: string;
  @Column({ type: 'text' }) source!: string;
}
