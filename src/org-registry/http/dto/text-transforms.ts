import { Transform } from 'class-transformer';

/** Text arrives in NFC before it is validated (DESIGN.md: normalise at the boundary). */
export const Nfc = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC') : value));
