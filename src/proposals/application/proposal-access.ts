import type { Actor } from '../../shared/domain/actor';
import { hasRole } from '../../shared/domain/actor';

/** The columns visibility depends on. */
export interface VisibleFacts {
  lead_agency: string;
  status: string;
  coordinating_agencies: string[];
}

const REVIEWING_ROLES = ['reviewer', 'committee-member', 'committee-secretary', 'auditor', 'admin'] as const;

/**
 * A submitter sees its own agency's proposals; reviewing roles and auditors see every submitted
 * one; a draft stays with its lead agency (and auditors). Anything else answers 404, not 403.
 */
export const canSee = (actor: Actor, p: VisibleFacts): boolean => {
  if (actor.orgUnit && actor.orgUnit === p.lead_agency) return true;
  if (hasRole(actor, 'auditor')) return true;
  if (p.status === 'Draft') return false;
  if (actor.orgUnit && p.coordinating_agencies.includes(actor.orgUnit)) return true;
  return REVIEWING_ROLES.some((role) => role !== 'auditor' && hasRole(actor, role));
};

/** SQL twin of canSee for list queries: ($1 org unit, $2 sees all submitted, $3 is auditor). */
export const VISIBILITY_SQL = `(lead_agency = $1 OR $3 OR (status <> 'Draft' AND ($2 OR $1 = ANY(coordinating_agencies))))`;

export const visibilityParams = (actor: Actor): [string, boolean, boolean] => [
  actor.orgUnit ?? '',
  REVIEWING_ROLES.some((role) => role !== 'auditor' && hasRole(actor, role)),
  hasRole(actor, 'auditor'),
];
