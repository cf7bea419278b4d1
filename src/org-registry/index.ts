/** The org registry's public surface: import from here, never from its files or entities. */
export { OrgRegistryModule } from './org-registry.module';
export { OrgRegistryQueries, type UnitQueryOptions } from './org-registry.queries';
export { MergerReservations } from './merger-reservations';
export {
  AgencyNotFound,
  BodyNotFound,
  InvalidCursor,
  RegistryChangeInvalid,
  UnitNotFound,
  UnitsAlreadyReserved,
  type ReservationConflict,
} from './org-registry.errors';
export * from './org-registry.types';
export { ChangeAgencyDetailsCommand } from './application/change-agency-details.command';
export { ChangeBodyMembersCommand } from './application/change-body-members.command';
export { ChangeUnitFiguresCommand } from './application/change-unit-figures.command';
