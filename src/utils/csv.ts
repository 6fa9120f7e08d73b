// CSV as Excel and LibreOffice read it: RFC 4180 quoting, CRLF rows, and a UTF-8 BOM (without it
// Excel guesses the ANSI code page and Chinese names come out garbled).

export type CsvValue = string | number | boolean | null | undefined;

export type CsvColumn<T> = { readonly header: string; readonly value: (row: T) => CsvValue };

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A cell starting with one of these is run as a formula by spreadsheet apps (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) {
    text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export const BOM = '\uFEFF';

export function csvBlob(csv: string): Blob {
  return new Blob([BOM, csv], { type: 'text/csv;charset=utf-8' });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `<base>-<yyyyMMdd-HHmm>.csv`, local time (what the user's clock shows). */
export function csvFilename(base: string, at: Date = new Date()): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `${base}-${date}-${pad(at.getHours())}${pad(at.getMinutes())}.csv`;
}

/** Saves a blob through a temporary link (the only way without a server round trip). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
