import { csvCell, csvLine, type ExportedEvent } from './export-format';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://example.org")', `"'=HYPERLINK(""http://example.org"")"`],
    ['+84 912 345 678', `"'+84 912 345 678"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tHòa', `"'\tHòa"`],
  ])('defuses %j so a spreadsheet shows it as text', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('quotes plain text, doubling quotes, and keeps Vietnamese as typed', () =>
    expect(csvCell('Sáp nhập "Vĩnh Thuận"')).toBe('"Sáp nhập ""Vĩnh Thuận"""'));

  it('writes objects as canonical JSON and null as an empty cell', () => {
    expect(csvCell({ b: 1, a: '=x' })).toBe('"{""a"":""=x"",""b"":1}"');
    expect(csvCell(null)).toBe('""');
  });

  it('ends each row with CRLF, one cell per column', () => {
    const event = { position: 1, streamId: '-x', data: {}, metadata: {} } as unknown as ExportedEvent;
    const row = csvLine(event);
    expect(row.endsWith('\r\n')).toBe(true);
    expect(row).toContain(`"'-x"`);
    expect(row.split('","')).toHaveLength(12);
  });
});
