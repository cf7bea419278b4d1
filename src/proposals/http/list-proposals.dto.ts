import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageLimit } from '../../http/page-limit.decorator';
import { PROPOSAL_TYPES } from '../domain/proposal.types';

const STATUSES = [
  'Draft',
  'InReview',
  'RevisionRequested',
  'Approved',
  'Implemented',
  'Rejected',
  'NotApproved',
  'Withdrawn',
];

export class ListProposalsDto {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ enum: PROPOSAL_TYPES }) @IsOptional() @IsIn(PROPOSAL_TYPES) type?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Za-z0-9._-]{1,40}$/) leadAgency?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) stage?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Za-z0-9._-]{1,40}$/) body?: string;
  @ApiPropertyOptional({ description: 'Matches titles without diacritics: "vinh hoa" finds "Vĩnh Hòa"' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @PageLimit(50)
  limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) cursor?: string;
}
