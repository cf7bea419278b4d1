import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI shapes of GET /api/progress (the domain's ProgressReport). */

class ProposalRefResponse {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() leadAgency!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) decisionNumber!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) decisionDate!: string | null;
}

class UnattributedResponse {
  @ApiProperty({ type: ProposalRefResponse }) proposal!: ProposalRefResponse;
  @ApiProperty({
    enum: ['ambiguous-type', 'no-district', 'no-commune', 'unknown-unit', 'no-staffing-baseline'],
  })
  reason!: string;
}

class ResolvedDeadlineResponse {
  @ApiProperty({ example: 'trong năm 2018' }) label!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startsOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'Last working day' }) dueOn!:
    string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) overdueFrom!: string | null;
  @ApiProperty({ type: Object, nullable: true }) guidance!: object | null;
}

class TargetFiguresResponse {
  @ApiProperty({ example: 'CT-BIEN-CHE-10' }) targetId!: string;
  @ApiProperty({ type: Number, nullable: true }) baseline!: number | null;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
  @ApiProperty({ description: 'From implemented proposals only' }) achieved!: number;
  @ApiProperty({ type: Number, nullable: true }) percentOfTarget!: number | null;
  @ApiProperty({ enum: ['met', 'on-track', 'behind', 'overdue', 'no-target', 'no-baseline'] })
  status!: string;
  @ApiProperty() complete!: boolean;
  @ApiProperty({ type: [String] }) counted!: string[];
  @ApiProperty({ type: [ProposalRefResponse] }) proposals!: ProposalRefResponse[];
  @ApiProperty({ type: [ProposalRefResponse] }) awaitingImplementation!: ProposalRefResponse[];
  @ApiProperty({ type: [UnattributedResponse] }) unattributed!: UnattributedResponse[];
  @ApiProperty({ type: [String] }) notes!: string[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Staffing: cut as % of 2015' })
  cutPercent?: number | null;
}

class TargetProgressResponse extends TargetFiguresResponse {
  @ApiProperty() text!: string;
  @ApiProperty() goalId!: string;
  @ApiProperty({ enum: ['communes', 'hamlets', 'people', 'districts', 'councils'] }) unit!: string;
  @ApiProperty({ type: ResolvedDeadlineResponse }) deadline!: ResolvedDeadlineResponse;
}

class TaskProgressResponse {
  @ApiProperty({ example: 'NV-2.1-05' }) taskId!: string;
  @ApiProperty({ enum: ['2.1', '2.2', '2.3'] }) section!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [Object] }) leads!: object[];
  @ApiProperty({ type: ResolvedDeadlineResponse }) deadline!: ResolvedDeadlineResponse;
  @ApiProperty({ enum: ['not-started', 'in-progress', 'done', 'ongoing', 'awaiting-guidance'] })
  status!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) completedOn!: string | null;
  @ApiProperty() completedLate!: boolean;
  @ApiProperty({ type: [ProposalRefResponse] }) proposals!: ProposalRefResponse[];
}

class DistrictProgressResponse {
  @ApiProperty({ example: '914' }) districtCode!: string;
  @ApiProperty({ example: 'Giang Thành' }) name!: string;
  @ApiProperty({ type: [TargetFiguresResponse] }) targets!: TargetFiguresResponse[];
}

class ProgramTitleResponse {
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
}

export class ProgressReportResponse {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: ProgramTitleResponse }) program!: ProgramTitleResponse;
  @ApiProperty({ type: [TargetProgressResponse] }) targets!: TargetProgressResponse[];
  @ApiProperty({ type: [TaskProgressResponse] }) tasks!: TaskProgressResponse[];
  @ApiProperty({ type: [DistrictProgressResponse] }) districts!: DistrictProgressResponse[];
}
