/** How a rule violation maps to the outside world; the HTTP layer turns it into a status. */
export type DomainErrorKind = 'validation' | 'forbidden' | 'not-found' | 'conflict' | 'unprocessable';

export interface LocalisedText {
  vi: string;
  en: string;
}

/**
 * A broken business rule. `code` is stable (clients and tests match on it); the message exists
 * in Vietnamese and English so the boundary can answer in the caller's language.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;

  constructor(
    readonly text: LocalisedText,
    readonly details: Record<string, unknown> = {},
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}
