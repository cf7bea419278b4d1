import { hasForbiddenCharacters } from '../../../shared/domain/text';
import { InvalidText, InvalidTitle, type TextProblem } from '../errors/validation.errors';

/** Lengths in Unicode code points, so a Vietnamese letter with two marks counts once. */
export const TEXT_LIMITS = {
  title: 300,
  summary: 5000,
  justification: 10_000,
  name: 300,
  reason: 5000,
  comment: 5000,
  code: 64,
  decisionNumber: 100,
} as const;

interface TextOptions {
  max: number;
  /** Summaries and reasons may span lines; titles and names may not. */
  multiline?: boolean;
}

export const textProblem = (value: unknown, { max, multiline = false }: TextOptions): TextProblem | null => {
  if (typeof value !== 'string') return 'missing';
  // The boundary normalises to NFC; text that is not NFC here bypassed it and would hash differently.
  if (value.normalize('NFC') !== value) return 'not-nfc';
  if (hasForbiddenCharacters(value)) return 'forbidden-characters';
  if (value.trim().length === 0) return 'empty';
  if (!multiline && /[\r\n\u2028\u2029]/u.test(value)) return 'line-break';
  if ([...value].length > max) return 'too-long';
  return null;
};

export const requireTitle = (value: unknown): void => {
  const problem = textProblem(value, { max: TEXT_LIMITS.title });
  if (problem) throw new InvalidTitle(problem, problem === 'too-long' ? TEXT_LIMITS.title : undefined);
};

export const requireText = (field: string, value: unknown, options: TextOptions): void => {
  const problem = textProblem(value, options);
  if (problem) throw new InvalidText(field, problem, problem === 'too-long' ? options.max : undefined);
};

/** Absent (undefined or null) is fine; present text obeys the same rules. */
export const requireOptionalText = (field: string, value: unknown, options: TextOptions): void => {
  if (value !== undefined && value !== null) requireText(field, value, options);
};

/** Empty or blank optional text is stored as null, so "no justification" has one shape. */
export const optionalText = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value.trim() === '' ? null : value;
