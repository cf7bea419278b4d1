import { registerDecorator, type ValidationOptions } from 'class-validator';
import { hasForbiddenCharacters } from '../shared/domain/text';

/** Refuses U+0000, zero-width and bidirectional control characters (names and titles). */
export const IsCleanText = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isCleanText',
    target: target.constructor,
    propertyName,
    options: {
      message: `${propertyName} contains control, zero-width or bidirectional characters`,
      ...options,
    },
    validator: { validate: (value: unknown) => typeof value !== 'string' || !hasForbiddenCharacters(value) },
  });
