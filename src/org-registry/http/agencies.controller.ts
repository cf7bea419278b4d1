import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import { hasRole, type Actor } from '../../shared/domain/actor';
import { ChangeAgencyDetailsCommand } from '../application/change-agency-details.command';
import { OrgRegistryQueries } from '../org-registry.queries';
import type { AgencyView } from '../org-registry.types';
import { ChangeAgencyDetailsDto } from './dto/change-agency-details.dto';
import { AgencyResponse } from './dto/registry.responses';

/** A webhook URL often carries its own secret: only admins see it. */
const forCaller = (actor: Actor) => (agency: AgencyView) =>
  hasRole(actor, 'admin') ? agency : { ...agency, webhookUrl: null };

@ApiTags('org-registry')
@ApiBearerAuth()
@Controller('api/agencies')
export class AgenciesController {
  constructor(
    private readonly queries: OrgRegistryQueries,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AgencyResponse] })
  async list(@CurrentActor() actor: Actor): Promise<AgencyView[]> {
    return (await this.queries.listAgencies()).map(forCaller(actor));
  }

  @Get(':code')
  @ApiOkResponse({ type: AgencyResponse })
  async get(@Param('code') code: string, @CurrentActor() actor: Actor): Promise<AgencyView> {
    return forCaller(actor)(await this.queries.getAgency(code));
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'Enter staffing, focal points, deputies or contacts (null clears); recorded' })
  @ApiOkResponse({ type: AgencyResponse })
  change(
    @Param('code') code: string,
    @Body() dto: ChangeAgencyDetailsDto,
    @CurrentActor() actor: Actor,
  ): Promise<AgencyView> {
    const { reason, ...details } = dto;
    return this.commands.execute(new ChangeAgencyDetailsCommand(code, details, reason, actor));
  }
}
