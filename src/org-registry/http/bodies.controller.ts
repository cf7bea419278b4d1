import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import type { Actor } from '../../shared/domain/actor';
import { ChangeBodyMembersCommand } from '../application/change-body-members.command';
import { OrgRegistryQueries } from '../org-registry.queries';
import type { BodyView } from '../org-registry.types';
import { ChangeBodyMembersDto } from './dto/change-body-members.dto';
import { BodyResponse } from './dto/registry.responses';

@ApiTags('org-registry')
@ApiBearerAuth()
@Controller('api/bodies')
export class BodiesController {
  constructor(
    private readonly queries: OrgRegistryQueries,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: [BodyResponse] })
  list(): Promise<BodyView[]> {
    return this.queries.listBodies();
  }

  @Get(':code')
  @ApiOkResponse({ type: BodyResponse })
  get(@Param('code') code: string): Promise<BodyView> {
    return this.queries.getBody(code);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'Enter the real number of members (sets the vote majority); recorded' })
  @ApiOkResponse({ type: BodyResponse })
  change(
    @Param('code') code: string,
    @Body() dto: ChangeBodyMembersDto,
    @CurrentActor() actor: Actor,
  ): Promise<BodyView> {
    return this.commands.execute(new ChangeBodyMembersCommand(code, dto.memberCount, dto.reason, actor));
  }
}
