import type { WorkingCalendar } from '../../shared/domain/working-calendar';
import type { RoutingContext } from './route-event';

/** The routing context as an injectable class: the calendar deadlines count in, and where escalations go. */
export class RoutingContextProvider implements RoutingContext {
  constructor(
    readonly calendar: WorkingCalendar,
    readonly standingCommitteeOffice: string,
  ) {}
}
