import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCleanText } from '../../http/clean-text.validator';
import { PROPOSAL_TYPES, type ProposalType } from '../domain/proposal.types';
import { FiguresDto } from './figures.dto';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export class ResultingUnitDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() name!: string;
  @ApiProperty({ example: 'Xã' }) @IsString() @MaxLength(40) unitType!: string;
}

class DraftFieldsDto {
  @ApiProperty({ maxLength: 300 }) @IsString() @MinLength(1) @MaxLength(300) @IsCleanText() title!: string;
  @ApiProperty({ maxLength: 5000 }) @IsString() @MaxLength(5000) @IsCleanText() summary!: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(CODE, { each: true })
  coordinatingAgencies!: string[];
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => FiguresDto) figures!: FiguresDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) @IsCleanText() justification?: string;
  @ApiPropertyOptional({ type: [String], description: 'Unit mergers: codes of the units joined' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{2,6}$/, { each: true })
  unitCodes?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ResultingUnitDto)
  resultingUnit?: ResultingUnitDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CODE) taskId?: string;
}

export class CreateProposalDto extends DraftFieldsDto {
  @ApiProperty({ enum: PROPOSAL_TYPES }) @IsIn(PROPOSAL_TYPES) proposalType!: ProposalType;
  @ApiProperty({ example: 'SNV' }) @IsString() @Matches(CODE) leadAgency!: string;
}

export class EditProposalDto extends PartialType(DraftFieldsDto) {}
