import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `registry_changes`: one row per changed field; a trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ name: 'registry_changes' })
export class RegistryChangeEntity {
  /** bigint identity; pg returns it as text. */
  @PrimaryColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text' }) entity!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) field!: string;
  @Column({ name: 'old_value', type: 'jsonb' }) oldValue!: unknown;
  @Column({ name: 'new_value', type: 'jsonb' }) newValue!: unknown;
  @Column({ name: 'changed_by', type: 'text' }) changedBy!: string;
  @Column({ name: 'changed_by_name', type: 'text' }) changedByName!: string;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt!: Date;
  @Column({ type: 'text' }) reason!: string;
}
