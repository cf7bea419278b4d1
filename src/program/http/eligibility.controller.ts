import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProgramQueries } from '../application/program.queries';
import { EligibilityQueryDto } from './dto/eligibility.query';
import { EligibilityResponse } from './dto/eligibility.responses';

/**
 * Under /api/org-units, where readers look for units, but served by the program: the 50% rule is the
 * program's. ProgramModule is imported before OrgRegistryModule so this route wins over /:code.
 */
@ApiTags('program')
@ApiBearerAuth()
@Controller('api/org-units')
export class EligibilityController {
  constructor(private readonly queries: ProgramQueries) {}

  @Get('eligibility')
  @ApiOperation({
    summary:
      'Commune-level units against the standards: which the program requires to merge (both under 50%)',
  })
  @ApiOkResponse({ type: EligibilityResponse })
  eligibility(@Query() query: EligibilityQueryDto): Promise<EligibilityResponse> {
    return this.queries.eligibility(query);
  }
}
