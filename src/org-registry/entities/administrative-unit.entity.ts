import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `administrative_units` (migration OrgRegistry1764400001000; never synchronised). */
@Entity({ name: 'administrative_units' })
export class AdministrativeUnitEntity {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  /** foldForSearch(name): lower case, no diacritics, đ → d. */
  @Column({ name: 'name_folded', type: 'text' }) nameFolded!: string;
  @Column({ name: 'unit_type', type: 'text' }) unitType!: string;
  @Column({ type: 'text' }) level!: string;
  @Column({ name: 'parent_code', type: 'text', nullable: true }) parentCode!: string | null;
  @Column({ type: 'integer', nullable: true }) population!: number | null;
  /** pg returns numeric as text; read models convert it. */
  @Column({ name: 'area_km2', type: 'numeric', precision: 12, scale: 4, nullable: true })
  areaKm2!: string | null;
  @Column({ type: 'text' }) source!: string;
}
