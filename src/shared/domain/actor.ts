/** The roles a bearer token can carry (DESIGN.md, Roles). */
export const ROLES = [
  'submitter',
  'reviewer',
  'committee-member',
  'committee-secretary',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Who acts: taken from the verified token, passed into every command's metadata. */
export interface Actor {
  id: string;
  name: string;
  roles: Role[];
  /** The agency code a submitter acts for. */
  orgUnit?: string;
  /** The body codes a reviewer, member or secretary acts for. */
  bodies: string[];
}

export const hasRole = (actor: Actor, role: Role): boolean => actor.roles.includes(role);
