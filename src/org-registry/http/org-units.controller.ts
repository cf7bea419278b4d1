import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import type { Actor } from '../../shared/domain/actor';
import { ChangeUnitFiguresCommand } from '../application/change-unit-figures.command';
import { OrgRegistryQueries } from '../org-registry.queries';
import type { AdministrativeUnitView, RegistryChangeView, UnitPage } from '../org-registry.types';
import { ChangeUnitFiguresDto } from './dto/change-unit-figures.dto';
import { ListUnitsQuery } from './dto/list-units.query';
import {
  AdministrativeUnitResponse,
  RegistryChangeResponse,
  UnitPageResponse,
} from './dto/registry.responses';

@ApiTags('org-registry')
@ApiBearerAuth()
@Controller('api/org-units')
export class OrgUnitsController {
  constructor(
    private readonly queries: OrgRegistryQueries,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Administrative units in Vietnamese order, filtered and searched' })
  @ApiOkResponse({ type: UnitPageResponse })
  list(@Query() query: ListUnitsQuery): Promise<UnitPage> {
    return this.queries.listUnits(query);
  }

  @Get(':code')
  @ApiOkResponse({ type: AdministrativeUnitResponse })
  get(@Param('code') code: string): Promise<AdministrativeUnitView> {
    return this.queries.findUnit(code);
  }

  @Get(':code/changes')
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'Who changed this unit’s figures, when and why (oldest first)' })
  @ApiOkResponse({ type: [RegistryChangeResponse] })
  changes(@Param('code') code: string): Promise<RegistryChangeView[]> {
    return this.queries.listUnitChanges(code);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'Enter or correct population / natural area (null clears); recorded' })
  @ApiOkResponse({ type: AdministrativeUnitResponse })
  change(
    @Param('code') code: string,
    @Body() dto: ChangeUnitFiguresDto,
    @CurrentActor() actor: Actor,
  ): Promise<AdministrativeUnitView> {
    const { reason, ...figures } = dto;
    return this.commands.execute(new ChangeUnitFiguresCommand(code, figures, reason, actor));
  }
}
