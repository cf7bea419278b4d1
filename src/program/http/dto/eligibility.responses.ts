import { ApiProperty } from '@nestjs/swagger';
import type { EligibilityReport, UnitEligibility } from '../../domain/eligibility';

/** OpenAPI shapes of GET /api/org-units/eligibility. */

class StandardFiguresResponse {
  @ApiProperty({ example: 8000 }) minPopulation!: number;
  @ApiProperty({ example: 30 }) minAreaKm2!: number;
}

class MergerHoldResponse {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ example: 'InReview' }) status!: string;
}

export class UnitEligibilityResponse implements UnitEligibility {
  @ApiProperty({ example: '30791' }) code!: string;
  @ApiProperty({ example: 'Vĩnh Phú' }) name!: string;
  @ApiProperty({ example: 'Xã' }) unitType!: string;
  @ApiProperty({ type: String, nullable: true, example: '914' }) districtCode!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: not entered' }) population!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: not entered' }) areaKm2!: number | null;
  @ApiProperty({ type: StandardFiguresResponse, nullable: true }) standard!: StandardFiguresResponse | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of the standard, %, rounded down' })
  populationPercent!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of the standard, %, rounded down' })
  areaPercent!: number | null;
  @ApiProperty({ enum: ['required', 'not-required', 'missing-figures'] })
  finding!: UnitEligibility['finding'];
  @ApiProperty({ enum: ['population', 'area', 'standard'], isArray: true })
  missing!: UnitEligibility['missing'];
  @ApiProperty({ type: MergerHoldResponse, nullable: true }) merger!: MergerHoldResponse | null;
}

export class EligibilityResponse implements EligibilityReport {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ example: 0.5, description: 'Both figures strictly below this share: merger required' })
  belowShare!: number;
  @ApiProperty({ type: [UnitEligibilityResponse] }) units!: UnitEligibilityResponse[];
  @ApiProperty({ type: [String] }) requiredToMerge!: string[];
  @ApiProperty({ type: [String], description: 'In an open, approved or implemented merger' })
  inMerger!: string[];
  @ApiProperty({ type: [String] }) requiredNotInMerger!: string[];
  @ApiProperty({ type: [String] }) missingFigures!: string[];
}
