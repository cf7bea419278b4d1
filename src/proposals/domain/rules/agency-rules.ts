import { hasForbiddenCharacters } from '../../../shared/domain/text';
import { CoordinatingDuplicate, CoordinatingIncludesLead } from '../errors/rule.errors';
import { InvalidAgencyCode, LeadAgencyRequired } from '../errors/validation.errors';
import { TEXT_LIMITS } from './text-rules';

const isCode = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.trim() === value &&
  value.length > 0 &&
  value.length <= TEXT_LIMITS.code &&
  !/\s/u.test(value) &&
  !hasForbiddenCharacters(value);

/** Exactly one lead agency: one code, never a list and never blank. */
export const requireLeadAgency = (leadAgency: unknown): void => {
  if (typeof leadAgency !== 'string' || leadAgency.trim() === '') throw new LeadAgencyRequired();
  if (!isCode(leadAgency)) throw new InvalidAgencyCode('leadAgency', leadAgency);
};

/** One agency presides; the others coordinate, each once. */
export const requireCoordinatingAgencies = (leadAgency: string, coordinating: unknown): void => {
  if (!Array.isArray(coordinating)) throw new InvalidAgencyCode('coordinatingAgencies', coordinating);
  const seen = new Set<string>();
  coordinating.forEach((agency: unknown, index) => {
    if (!isCode(agency)) throw new InvalidAgencyCode(`coordinatingAgencies[${index}]`, agency);
    if (agency === leadAgency) throw new CoordinatingIncludesLead(agency);
    if (seen.has(agency)) throw new CoordinatingDuplicate(agency);
    seen.add(agency);
  });
};

export const requireBodyCode = (field: string, value: unknown): void => {
  if (!isCode(value)) throw new InvalidAgencyCode(field, value);
};
