import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import type { Actor } from '../../shared/domain/actor';
import { ProgramQueries } from '../application/program.queries';
import { RecordGuidanceCommand } from '../application/record-guidance.command';
import type { GuidanceRecord } from '../domain/deadline';
import { RecordGuidanceDto } from './dto/record-guidance.dto';

@ApiTags('program')
@ApiBearerAuth()
@Controller('api/program')
export class ProgramController {
  constructor(
    private readonly queries: ProgramQueries,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The action program: goals (II.2), tasks (III.2) with dated deadlines, targets' })
  @ApiOkResponse({ description: 'Goals, tasks (with `dates` on the working-day calendar) and targets' })
  program() {
    return this.queries.program();
  }

  @Put('tasks/:taskId/guidance')
  @Roles('admin')
  @ApiOperation({ summary: 'Record the central guidance a conditional task waits for; dates the task' })
  @ApiOkResponse({ description: 'The record now in force for the task' })
  recordGuidance(
    @Param('taskId') taskId: string,
    @Body() dto: RecordGuidanceDto,
    @CurrentActor() actor: Actor,
  ): Promise<GuidanceRecord> {
    const { reason, document, guidanceDate, dueDate } = dto;
    return this.commands.execute(
      new RecordGuidanceCommand(taskId, { document, guidanceDate, dueDate: dueDate ?? null }, reason, actor),
    );
  }
}
