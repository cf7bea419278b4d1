import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ChangeAgencyDetailsHandler } from './application/change-agency-details.handler';
import { ChangeBodyMembersHandler } from './application/change-body-members.handler';
import { ChangeUnitFiguresHandler } from './application/change-unit-figures.handler';
import { AgenciesController } from './http/agencies.controller';
import { BodiesController } from './http/bodies.controller';
import { OrgUnitsController } from './http/org-units.controller';
import { MergerReservations } from './merger-reservations';
import { OrgRegistryQueries } from './org-registry.queries';

/**
 * Bodies, agencies, administrative units and their standards. Needs DataSource (TypeOrmModule.forRoot*)
 * and Clock (CoreModule) from the application; other modules use the two exported services.
 */
@Module({
  imports: [CqrsModule],
  controllers: [OrgUnitsController, AgenciesController, BodiesController],
  providers: [
    OrgRegistryQueries,
    MergerReservations,
    ChangeUnitFiguresHandler,
    ChangeAgencyDetailsHandler,
    ChangeBodyMembersHandler,
  ],
  exports: [OrgRegistryQueries, MergerReservations],
})
export class OrgRegistryModule {}
