import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';

export class EndpointParams {
  @ApiProperty({ description: 'A body or agency code, or user:<subject> for one person' })
  @Matches(/^(user:)?[A-Za-z0-9._-]{1,80}$/, { message: 'recipient must be an org code or user:<subject>' })
  recipient!: string;

  @ApiProperty({ enum: ['email', 'webhook'] })
  @IsIn(['email', 'webhook'])
  channel!: 'email' | 'webhook';
}
