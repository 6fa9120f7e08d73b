import { describe, expect, it } from 'vitest';
import { BOM, csvBlob, csvCell, csvFilename, toCsv } from './csv';

describe('csvCell', () => {
  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('writes empty cells for null/undefined and plain text for numbers and booleans', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(false)).toBe('false');
  });

  it('defuses formulas but keeps negative numbers written as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1')).toBe('-1');
  });

  it('keeps Chinese text as is', () => {
    expect(csvCell('云主机-测试')).toBe('云主机-测试');
  });
});

describe('toCsv', () => {
  it('writes a header row and CRLF-terminated rows', () => {
    const rows = [
      { name: 'web, 1', size: 10 },
      { name: '数据库', size: null },
    ];
    const csv = toCsv(
      [
        { header: 'Name', value: (r: (typeof rows)[number]) => r.name },
        { header: '大小 (GiB)', value: (r: (typeof rows)[number]) => r.size },
      ],
      rows,
    );
    expect(csv).toBe('Name,大小 (GiB)\r\n"web, 1",10\r\n数据库,\r\n');
  });

  it('starts the file with a UTF-8 BOM so Excel reads Chinese correctly', async () => {
    const bytes = new Uint8Array(await csvBlob('名称\r\n').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('名称\r\n');
    expect(BOM).toBe('\uFEFF');
  });
});

describe('csvFilename', () => {
  it('is <base>-<yyyyMMdd-HHmm>.csv in local time', () => {
    expect(csvFilename('images', new Date(2026, 0, 5, 9, 7))).toBe('images-20260105-0907.csv');
  });
});
