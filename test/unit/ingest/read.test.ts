import { describe, expect, it } from 'vitest';
import { PARSERS, type ParserName } from '../../../src/ingest/parser.js';
import { readRows, type ReadRowsOptions } from '../../../src/ingest/read.js';
import type { Sniffed } from '../../../src/ingest/types.js';
import { csvSource, rejectionOf, type CsvSourceOptions } from '../../helpers/csv-source.js';

interface Read {
  headers: string[];
  sniffed: Sniffed;
  rows: { line: number; cells: string[] }[];
}

const PARSER_NAMES: ParserName[] = ['papaparse', 'csv-parse'];

describe.each(PARSER_NAMES)('readRows with %s', (parserName) => {
  const read = async (content: string | Buffer, options: ReadRowsOptions = {}, source: CsvSourceOptions = {}): Promise<Read> => {
    const result: Read = { headers: [], sniffed: undefined as unknown as Sniffed, rows: [] };
    result.sniffed = await readRows(csvSource(content, source), { parser: PARSERS[parserName], ...options }, {
      header(headers) {
        result.headers = headers;
      },
      row(cells, line) {
        result.rows.push({ line, cells });
      },
    });
    return result;
  };

  it('reads a plain file with the physical line of each row', async () => {
    const { headers, rows, sniffed } = await read('id,amount\nA,1\nB,2\n');
    expect(headers).toEqual(['id', 'amount']);
    expect(rows).toEqual([
      { line: 2, cells: ['A', '1'] },
      { line: 3, cells: ['B', '2'] },
    ]);
    expect(sniffed).toMatchObject({ encoding: 'utf-8', bom: false, delimiter: ',', newline: '\n' });
  });

  it('trims header cells but not data cells', async () => {
    const { headers, rows } = await read(' id , amount \n A , 1 \n');
    expect(headers).toEqual(['id', 'amount']);
    expect(rows[0]!.cells).toEqual([' A ', ' 1 ']);
  });

  it('keeps delimiters inside quoted fields', async () => {
    const { rows } = await read('id,name,amount\n1,"Smith, Anna",5\n2,"a;b|c",6\n');
    expect(rows.map((row) => row.cells)).toEqual([
      ['1', 'Smith, Anna', '5'],
      ['2', 'a;b|c', '6'],
    ]);
  });

  it('reads escaped quotes ("")', async () => {
    const { rows } = await read('id,note\n1,"She said ""hi"""\n2,""""\n3,""\n');
    expect(rows.map((row) => row.cells[1])).toEqual(['She said "hi"', '"', '']);
  });

  it('keeps newlines inside quoted cells and counts them in the line numbers', async () => {
    const text = 'id,note,amount\n1,"first\nsecond\nthird",5\n2,plain,6\n3,"a\nb",7\n4,x,8\n';
    const { rows } = await read(text);
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'first\nsecond\nthird', '5'] }, // lines 2–4
      { line: 5, cells: ['2', 'plain', '6'] },
      { line: 6, cells: ['3', 'a\nb', '7'] }, // lines 6–7
      { line: 8, cells: ['4', 'x', '8'] },
    ]);
  });

  it('keeps CRLF inside quoted cells of a CRLF file, and counts those lines', async () => {
    const { rows, sniffed } = await read('id,note\r\n1,"one\r\ntwo"\r\n2,z\r\n');
    expect(sniffed.newline).toBe('\r\n');
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'one\r\ntwo'] },
      { line: 4, cells: ['2', 'z'] },
    ]);
  });

  it('a quoted header cell with a newline moves the first row down a line', async () => {
    const { headers, rows } = await read('id,"multi\nline"\n1,2\n3,4');
    expect(headers).toEqual(['id', 'multi\nline']);
    expect(rows).toEqual([
      { line: 3, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('skips empty lines but counts them', async () => {
    const { rows } = await read('id,amount\nA,1\n\n\nB,2\n\nC,3\n');
    expect(rows).toEqual([
      { line: 2, cells: ['A', '1'] },
      { line: 5, cells: ['B', '2'] },
      { line: 7, cells: ['C', '3'] },
    ]);
  });

  it('skips empty lines after a quoted multi-line cell too', async () => {
    const { rows } = await read('id,note\n1,"a\nb"\n\n2,c\n');
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'a\nb'] },
      { line: 5, cells: ['2', 'c'] },
    ]);
  });

  it('reads a last row without a trailing newline', async () => {
    const { rows } = await read('id,amount\nA,1\nB,2');
    expect(rows).toEqual([
      { line: 2, cells: ['A', '1'] },
      { line: 3, cells: ['B', '2'] },
    ]);
  });

  it('ignores several newlines at the end of the file', async () => {
    const { rows } = await read('id,amount\r\nA,1\r\n\r\n\r\n');
    expect(rows).toEqual([{ line: 2, cells: ['A', '1'] }]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const)('reads %s newlines', async (_name, newline) => {
    const { rows, sniffed, headers } = await read(['id,amount', 'A,1', 'B,2', ''].join(newline));
    expect(sniffed.newline).toBe(newline);
    expect(headers).toEqual(['id', 'amount']);
    expect(rows).toEqual([
      { line: 2, cells: ['A', '1'] },
      { line: 3, cells: ['B', '2'] },
    ]);
  });

  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('sniffs %j (%s) as the delimiter', async (delimiter) => {
    const text = [['id', 'date', 'amount'], ['A', '2024-01-05', '1,5'], ['B', '2024-01-06', '2.5']].map((cells) => cells.join(delimiter)).join('\n');
    // a comma inside the amount would confuse a naive count; quote it when comma is the delimiter
    const content = delimiter === ',' ? text.replace('1,5', '"1,5"') : text;
    const { rows, sniffed } = await read(content);
    expect(sniffed.delimiter).toBe(delimiter);
    expect(rows[0]!.cells).toEqual(['A', '2024-01-05', '1,5']);
  });

  it('takes the delimiter the user gives', async () => {
    const { rows, sniffed } = await read('a;b,c\n1;2,3\n', { delimiter: ',' });
    expect(sniffed.delimiter).toBe(',');
    expect(rows[0]!.cells).toEqual(['1;2', '3']);
  });

  it('drops a UTF-8 BOM and says it was there', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Клиент,Сумма\nА,1\n')]);
    const { headers, sniffed, rows } = await read(bytes);
    expect(headers).toEqual(['Клиент', 'Сумма']);
    expect(sniffed).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(rows).toEqual([{ line: 2, cells: ['А', '1'] }]);
  });

  it('reads UTF-16LE with a BOM, even cut into odd-sized chunks', async () => {
    const text = 'Customer,Amount\r\nЖозефина,"1 234,56"\r\nZoë,7\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const chunkSize of [bytes.length, 3]) {
      const { headers, sniffed, rows } = await read(bytes, {}, { chunkSize });
      expect(sniffed).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: ',', newline: '\r\n' });
      expect(headers).toEqual(['Customer', 'Amount']);
      expect(rows).toEqual([
        { line: 2, cells: ['Жозефина', '1 234,56'] },
        { line: 3, cells: ['Zoë', '7'] },
      ]);
    }
  });

  it('reads UTF-8 whose multi-byte characters are cut between chunks, past the sniffing window', async () => {
    const lines = ['Покупатель;Сумма'];
    for (let i = 0; i < 6000; i++) lines.push(`Пётр Ильич Чайковский ${i};${i},50`);
    const { rows, sniffed } = await read(lines.join('\n'), {}, { chunkSize: 4097 });
    expect(sniffed).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
    expect(rows).toHaveLength(6000);
    expect(rows[5999]).toEqual({ line: 6001, cells: ['Пётр Ильич Чайковский 5999', '5999,50'] });
    expect(rows.every((row, i) => row.cells[0] === `Пётр Ильич Чайковский ${i}`)).toBe(true);
  });

  it('fails on an empty file and on a BOM alone (exit 3)', async () => {
    for (const content of ['', Buffer.from([0xef, 0xbb, 0xbf])]) {
      const error = await rejectionOf(read(content));
      expect(error).toMatchObject({ code: 'CARE_EMPTY', exitCode: 3, file: 'inline.csv' });
    }
  });

  it('reads a header-only file as a header and no rows (the readers above it decide)', async () => {
    const { headers, rows } = await read('id,amount\n');
    expect(headers).toEqual(['id', 'amount']);
    expect(rows).toEqual([]);
  });

  it('refuses a ZIP (an .xlsx saved as .csv) with exit 3', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(100, 0)]);
    const error = await rejectionOf(read(zip));
    expect(error).toMatchObject({ code: 'CARE_NOT_CSV', exitCode: 3 });
    expect(String(error.message)).toMatch(/ZIP/);
  });

  it('fails with exit 3 when a file sniffed as UTF-8 has a non-UTF-8 byte past the sniffing window', async () => {
    const head = 'id,name\n' + '1,cafe\n'.repeat(20_000); // 140 kB of ASCII: sniffed as UTF-8
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from('2,caf\xe9\n', 'latin1')]);
    const error = await rejectionOf(read(bytes, {}, { chunkSize: 65_536 }));
    expect(error).toMatchObject({ code: 'CARE_BAD_ENCODING', exitCode: 3, file: 'inline.csv' });
  });

  describe('records cut across the reader\'s ~1 MB pieces', () => {
    /** A > 2 MB file where every record has a quoted cell of three lines with a delimiter and escaped quotes. */
    const bigFile = (newline: string, rows: number) => {
      const lines = [`id,note,amount`];
      for (let i = 0; i < rows; i++) {
        lines.push(`${i},"note ${i}, first line${newline}second ""line"" of ${i}${newline}third line ${'x'.repeat(i % 97)}",${i}.25`);
      }
      return lines.join(newline) + newline;
    };
    const note = (i: number, newline: string) => `note ${i}, first line${newline}second "line" of ${i}${newline}third line ${'x'.repeat(i % 97)}`;

    it.each([
      { name: 'LF', newline: '\n', chunkSize: 65_536 },
      { name: 'LF', newline: '\n', chunkSize: 1 << 20 }, // the file stream's own chunk size
      { name: 'LF', newline: '\n', chunkSize: 99_991 }, // a prime: cuts land anywhere, also inside quotes
      { name: 'CRLF', newline: '\r\n', chunkSize: 65_521 },
      { name: 'CR', newline: '\r', chunkSize: 65_521 },
    ])('$name, chunks of $chunkSize bytes: every record intact, every line physical', async ({ newline, chunkSize }) => {
      const count = 22_000;
      const content = bigFile(newline, count);
      expect(content.length).toBeGreaterThan(2 * 1024 * 1024);
      const { rows } = await read(content, {}, { chunkSize });
      expect(rows).toHaveLength(count);
      const wrong = rows.filter((row, i) => row.line !== 2 + 3 * i || row.cells.length !== 3 || row.cells[0] !== String(i) || row.cells[1] !== note(i, newline) || row.cells[2] !== `${i}.25`);
      expect(wrong.slice(0, 3)).toEqual([]);
    });

    it('a quoted cell that spans the exact point where a piece is cut', async () => {
      // The stream hands over 64 KiB chunks; the first piece is cut once 1 MiB (1,048,576 chars)
      // has arrived. Put one long quoted multi-line cell across that point.
      const lines = ['id,note'];
      let length = 'id,note\n'.length;
      let i = 0;
      while (length < (1 << 20) - 600) {
        const line = `${i},plain ${i}`;
        lines.push(line);
        length += line.length + 1;
        i++;
      }
      const longCell = `"${'a,b\n'.repeat(300)}end"`; // 1,204 chars over 301 lines, crossing 1,048,576
      lines.push(`${i},${longCell}`);
      const afterLong = i + 1;
      for (let k = afterLong; k < afterLong + 5_000; k++) lines.push(`${k},"x\ny",z`);
      const { rows } = await read(lines.join('\n') + '\n', {}, { chunkSize: 65_536 });
      const long = rows[i]!;
      expect(long.line).toBe(i + 2);
      expect(long.cells).toEqual([String(i), 'a,b\n'.repeat(300) + 'end']);
      expect(rows[i + 1]!.line).toBe(i + 2 + 301);
      const last = rows[rows.length - 1]!;
      expect(last.cells[0]).toBe(String(afterLong + 4_999));
      expect(last.line).toBe(i + 2 + 301 + 2 * 4_999);
      expect(rows).toHaveLength(afterLong + 5_000);
    });
  });
});
