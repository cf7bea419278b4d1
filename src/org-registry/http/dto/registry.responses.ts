import { ApiProperty } from '@nestjs/swagger';
import {
  AGENCY_KINDS,
  BODY_KINDS,
  REGISTRY_ENTITIES,
  UNIT_LEVELS,
  UNIT_TYPES,
  type AdministrativeUnitView,
  type AgencyView,
  type BodyView,
  type RegistryChangeView,
  type UnitPage,
  type UnitStandardView,
} from '../../org-registry.types';

/** OpenAPI shapes of the registry's answers (the controllers return the views these describe). */

export class UnitStandardResponse implements UnitStandardView {
  @ApiProperty({ example: 'xã' }) unitType!: string;
  @ApiProperty({ example: 'other' }) region!: string;
  @ApiProperty({ example: 8000 }) minPopulation!: number;
  @ApiProperty({ example: 30 }) minAreaKm2!: number;
  @ApiProperty() legalBasis!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveTo!: string | null;
}

export class AdministrativeUnitResponse implements AdministrativeUnitView {
  @ApiProperty({ example: '31054' }) code!: string;
  @ApiProperty({ example: 'Vĩnh Hòa' }) name!: string;
  @ApiProperty({ enum: UNIT_TYPES }) unitType!: AdministrativeUnitView['unitType'];
  @ApiProperty({ enum: UNIT_LEVELS }) level!: AdministrativeUnitView['level'];
  @ApiProperty({ type: String, nullable: true }) parentCode!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: unknown' }) population!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: unknown' }) areaKm2!: number | null;
  @ApiProperty() source!: string;
  @ApiProperty({ type: UnitStandardResponse, nullable: true }) standard!: UnitStandardResponse | null;
}

export class UnitPageResponse implements UnitPage {
  @ApiProperty({ type: [AdministrativeUnitResponse] }) items!: AdministrativeUnitResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class BodyResponse implements BodyView {
  @ApiProperty({ example: 'BTVTU' }) code!: string;
  @ApiProperty({ example: 'Ban Thường vụ Tỉnh ủy' }) nameVi!: string;
  @ApiProperty({ example: 'Provincial Party Standing Committee' }) nameEn!: string;
  @ApiProperty({ enum: BODY_KINDS }) kind!: BodyView['kind'];
  @ApiProperty({ type: Number, nullable: true }) memberCount!: number | null;
  @ApiProperty({ type: String, nullable: true }) parent!: string | null;
}

export class AgencyResponse implements AgencyView {
  @ApiProperty({ example: 'SNV' }) code!: string;
  @ApiProperty({ example: 'Sở Nội vụ' }) nameVi!: string;
  @ApiProperty({ example: 'Department of Home Affairs' }) nameEn!: string;
  @ApiProperty({ enum: AGENCY_KINDS }) kind!: AgencyView['kind'];
  @ApiProperty({ type: String, nullable: true }) districtCode!: string | null;
  @ApiProperty({ type: Number, nullable: true }) staffingBaseline2015!: number | null;
  @ApiProperty({ type: Number, nullable: true }) staffingCurrent!: number | null;
  @ApiProperty({ type: Number, nullable: true }) focalPoints!: number | null;
  @ApiProperty({ type: Number, nullable: true }) deputies!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Shown to admins only; others see null' })
  webhookUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}

export class RegistryChangeResponse implements RegistryChangeView {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: REGISTRY_ENTITIES }) entity!: RegistryChangeView['entity'];
  @ApiProperty() code!: string;
  @ApiProperty({ example: 'population' }) field!: string;
  @ApiProperty({ nullable: true, description: 'JSON value before' }) oldValue!: unknown;
  @ApiProperty({ nullable: true, description: 'JSON value after' }) newValue!: unknown;
  @ApiProperty() changedBy!: string;
  @ApiProperty() changedByName!: string;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty() reason!: string;
}
