import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { Nfc } from './text-transforms';

export class ChangeBodyMembersDto {
  @ApiProperty({ minimum: 1, description: 'Number of members (the majority is more than half of them)' })
  @IsInt()
  @Min(1)
  @Max(1000)
  memberCount!: number;

  @ApiProperty({ description: 'Why, e.g. the decision that set the membership' })
  @Nfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
