import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../domain/proposal.types';

export class AttachmentUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'At most 20 MB' }) file?: unknown;
  @ApiProperty({
    enum: ATTACHMENT_KINDS,
    description: 'proposal = đề án, submission = tờ trình, minutes = biên bản',
  })
  @IsIn(ATTACHMENT_KINDS)
  kind!: AttachmentKind;
}
