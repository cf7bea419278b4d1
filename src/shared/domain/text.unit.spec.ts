import { compareVietnamese, foldForSearch, hasForbiddenCharacters, toNfc } from './text';

describe('Vietnamese text at the boundary', () => {
  const nfd = 'Vi\u0303nh Tha\u0302\u0323n'.normalize('NFD'); // "Vĩnh Thận" typed with combining marks

  it('normalises NFD input to NFC', () => {
    expect(nfd).not.toBe('Vĩnh Thận');
    expect(toNfc(nfd)).toBe('Vĩnh Thận');
    expect(toNfc('Hòa'.normalize('NFD'))).toBe('Hòa');
  });

  it('folds diacritics and đ for search, whatever the input form', () => {
    expect(foldForSearch('Vĩnh Hòa')).toBe('vinh hoa');
    expect(foldForSearch('Vĩnh Hòa'.normalize('NFD'))).toBe('vinh hoa');
    expect(foldForSearch('Đông  Yên')).toBe('dong yen');
    expect(foldForSearch('Vĩnh Thuận')).toBe('vinh thuan');
  });

  it.each([
    ['U+0000', 'Hòa\u0000'],
    ['zero-width space', 'Hò\u200Ba'],
    ['zero-width joiner', 'Hòa\u200D'],
    ['right-to-left override', '\u202EHòa'],
    ['first strong isolate', 'Hòa\u2068'],
    ['byte order mark', '\uFEFFHòa'],
  ])('refuses %s in names', (_, text) => expect(hasForbiddenCharacters(text)).toBe(true));

  it('accepts ordinary Vietnamese text with newlines', () =>
    expect(hasForbiddenCharacters('Đề án sáp nhập xã Đông Yên\nvà xã Vĩnh Thuận')).toBe(false));

  it('sorts with the Vietnamese collator: D before Đ before E', () => {
    expect(['Đông Yên', 'Giồng Riềng', 'Dương Đông', 'An Biên', 'Ấp Một'].sort(compareVietnamese)).toEqual([
      'An Biên',
      'Ấp Một',
      'Dương Đông',
      'Đông Yên',
      'Giồng Riềng',
    ]);
  });
});
