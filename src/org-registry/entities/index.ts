import { AdministrativeUnitEntity } from './administrative-unit.entity';
import { AgencyEntity } from './agency.entity';
import { BodyEntity } from './body.entity';
import { MergerReservationEntity } from './merger-reservation.entity';
import { RegistryChangeEntity } from './registry-change.entity';
import { UnitStandardEntity } from './unit-standard.entity';

/**
 * The registry's table mappings. The module reads and writes through SQL on the shared DataSource (which
 * registers no entities), using these classes as row types; register them if repositories are wanted.
 */
export const ORG_REGISTRY_ENTITIES = [
  AdministrativeUnitEntity,
  UnitStandardEntity,
  BodyEntity,
  AgencyEntity,
  RegistryChangeEntity,
  MergerReservationEntity,
];
