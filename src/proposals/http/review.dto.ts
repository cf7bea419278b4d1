import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCleanText } from '../../http/clean-text.validator';
import { FiguresDto } from './figures.dto';

export class CommentDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) @IsCleanText() comment?: string;
}

export class ReasonDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(5000) @IsCleanText() reason!: string;
}

export class RequestRevisionDto extends ReasonDto {
  @ApiPropertyOptional({ description: 'Return to this earlier stage instead of the lead agency' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  toStage?: string;
}

export class OpinionDto extends CommentDto {
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9._-]{1,40}$/) body!: string;
  @ApiProperty({ enum: ['agree', 'agree-with-comments', 'disagree'] })
  @IsIn(['agree', 'agree-with-comments', 'disagree'])
  opinion!: 'agree' | 'agree-with-comments' | 'disagree';
}

export class VoteDto {
  @ApiProperty({ enum: ['for', 'against', 'abstain'] }) @IsIn(['for', 'against', 'abstain']) choice!:
    'for' | 'against' | 'abstain';
}

class PersonDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) id!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() name!: string;
}

export class DelegationDto {
  @ApiProperty() @IsString() @MaxLength(60) stageId!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) body?: string;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => PersonDto) delegate!: PersonDto;
  @ApiProperty() @IsISO8601({ strict: true }) validFrom!: string;
  @ApiProperty() @IsISO8601({ strict: true }) validUntil!: string;
}

export class ImplementationDto {
  @ApiProperty({ example: '123/QĐ-UBND' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @IsCleanText()
  decisionNumber!: string;
  @ApiProperty({ example: '2019-06-30' }) @IsISO8601({ strict: true }) decisionDate!: string;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => FiguresDto) actualFigures!: FiguresDto;
}

class UnitTallyDto {
  @ApiProperty() @IsString() @Matches(/^\d{2,6}$/) unitCode!: string;
  @ApiProperty() @IsInt() @Min(0) eligibleVoters!: number;
  @ApiProperty() @IsInt() @Min(0) agreed!: number;
}

export class VoterConsultationDto {
  @ApiProperty({ type: [UnitTallyDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => UnitTallyDto)
  results!: UnitTallyDto[];
}
