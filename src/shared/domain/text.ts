/* eslint-disable no-control-regex -- refusing control characters is the point of this file */
/**
 * Vietnamese text at the boundary: NFC before validation, uniqueness, storage and hashing;
 * control characters that hide or reorder text are refused in names and titles.
 */

// U+0000-U+001F except tab/newline, U+007F, zero-width (U+200B-U+200D, U+2060, U+FEFF),
// bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

export const toNfc = (text: string): string => text.normalize('NFC');

export const hasForbiddenCharacters = (text: string): boolean => FORBIDDEN.test(text);

/** Lower case, no diacritics, đ as d, single spaces: "Vĩnh Hòa" and "vinh hoa" fold alike. */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const collator = new Intl.Collator('vi', { numeric: true });

/** Sorts as a Vietnamese reader expects (Đ after D, tones after the bare letter). */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
