import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../../../shared/domain/working-calendar';

/** A real calendar date written 'YYYY-MM-DD' (2019-02-30 is refused). */
export const IsCalendarDate = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isCalendarDate',
    target: target.constructor,
    propertyName,
    options: { message: `${propertyName} must be a calendar date (YYYY-MM-DD)`, ...options },
    validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
  });
