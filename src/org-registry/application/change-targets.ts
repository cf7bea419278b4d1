import type { ChangeTarget } from './registry-change';

/** Population and natural area decide merger eligibility; only admins change them, always on record. */
export const UNIT_FIGURES: ChangeTarget = {
  entity: 'unit',
  table: 'administrative_units',
  fields: {
    population: { column: 'population', kind: 'count' },
    areaKm2: { column: 'area_km2', kind: 'area' },
  },
};

export const AGENCY_DETAILS: ChangeTarget = {
  entity: 'agency',
  table: 'agencies',
  fields: {
    staffingBaseline2015: { column: 'staffing_baseline_2015', kind: 'count' },
    staffingCurrent: { column: 'staffing_current', kind: 'count' },
    focalPoints: { column: 'focal_points', kind: 'count' },
    deputies: { column: 'deputies', kind: 'count' },
    webhookUrl: { column: 'webhook_url', kind: 'url' },
    email: { column: 'email', kind: 'email' },
  },
};

/** The member count sets the Standing Committee's majority ("more than half of all members"). */
export const BODY_MEMBERS: ChangeTarget = {
  entity: 'body',
  table: 'bodies',
  fields: { memberCount: { column: 'member_count', kind: 'positive-count' } },
};
