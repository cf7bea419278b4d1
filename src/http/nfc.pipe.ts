import { Injectable, type PipeTransform } from '@nestjs/common';

const toNfcDeep = (value: unknown): unknown => {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfcDeep);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), toNfcDeep(v)]));
  }
  return value;
};

/** Unicode NFC at the boundary, before validation, uniqueness, storage and hashing. */
@Injectable()
export class NfcPipe implements PipeTransform {
  transform(value: unknown): unknown {
    return toNfcDeep(value);
  }
}
