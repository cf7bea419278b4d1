import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `bodies`: the reviewing and deciding bodies (Ban Thường vụ, Ban Tổ chức …). */
@Entity({ name: 'bodies' })
export class BodyEntity {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ name: 'name_vi', type: 'text' }) nameVi!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'member_count', type: 'integer', nullable: true }) memberCount!: number | null;
  @Column({ type: 'text', nullable: true }) parent!: string | null;
}
