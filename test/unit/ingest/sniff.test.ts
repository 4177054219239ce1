import { describe, expect, it } from 'vitest';
import { encodeWindows1251 } from '../../../fixtures/generate.js';
import { PARSERS, type ParserName } from '../../../src/ingest/parser.js';
import { readRows } from '../../../src/ingest/read.js';
import { isValidUtf8, sniffDelimiter, sniffEncoding, sniffNewline } from '../../../src/ingest/sniff.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';
import { dataset } from '../../helpers/datasets.js';

const RUSSIAN = 'Номер заказа;Дата заказа;Покупатель;Сумма;Статус\n1;05.01.2023;Иванов Пётр;1 234,56;Оплачен\n2;06.01.2023;Щукина Юлия;99,00;Отменён\n';
const FRENCH = 'nps;explication\n9;Très bon accueil, conseils précis\n3;Déçu : plante abîmée à la livraison\n10;Personnel aimable, prix corrects\n';

describe('sniffEncoding', () => {
  it('UTF-8 with a BOM', () => {
    expect(sniffEncoding(Buffer.from('\ufeffid,a\n'), 'f')).toEqual({ encoding: 'utf-8', bom: true, bomLength: 3 });
  });

  it('UTF-8 without a BOM, also with Cyrillic and accents', () => {
    expect(sniffEncoding(Buffer.from(RUSSIAN), 'f')).toEqual({ encoding: 'utf-8', bom: false, bomLength: 0 });
    expect(sniffEncoding(Buffer.from(FRENCH), 'f')).toEqual({ encoding: 'utf-8', bom: false, bomLength: 0 });
  });

  it('UTF-16 with a BOM, either byte order', () => {
    expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0x69, 0x00]), 'f')).toEqual({ encoding: 'utf-16le', bom: true, bomLength: 2 });
    expect(sniffEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x69]), 'f')).toEqual({ encoding: 'utf-16be', bom: true, bomLength: 2 });
  });

  it('tells Windows-1251 (Russian) from Latin-1 (French)', () => {
    expect(sniffEncoding(encodeWindows1251(RUSSIAN), 'f').encoding).toBe('windows-1251');
    expect(sniffEncoding(Buffer.from(FRENCH, 'latin1'), 'f').encoding).toBe('latin1');
  });

  it('refuses workbooks and binary files with exit 3', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    expect(() => sniffEncoding(zip, 'book.csv')).toThrow(expect.objectContaining({ code: 'CARE_NOT_CSV', exitCode: 3, file: 'book.csv' }));
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => sniffEncoding(xls, 'old.csv')).toThrow(expect.objectContaining({ code: 'CARE_NOT_CSV', exitCode: 3 }));
    const utf16NoBom = Buffer.from('id,amount\n', 'utf16le');
    expect(() => sniffEncoding(utf16NoBom, 'f')).toThrow(expect.objectContaining({ code: 'CARE_BINARY', exitCode: 3, hint: expect.stringContaining('utf-16le') }));
  });

  it('isValidUtf8 accepts a character cut by the end of the sample, and rejects bytes no UTF-8 sequence starts with', () => {
    const cut = Buffer.from('ab Ж').subarray(0, 4); // the second byte of Ж is missing
    expect(isValidUtf8(cut, true)).toBe(true); // the head of a longer file
    expect(isValidUtf8(cut, false)).toBe(false); // the whole file: the character is broken
    expect(isValidUtf8(Buffer.from([0x61, 0xe9, 0x61, 0x62, 0x63]))).toBe(false); // é in Latin-1, then ASCII
    expect(isValidUtf8(Buffer.from([0xc0, 0x80]))).toBe(false); // overlong
  });
});

describe('sniffDelimiter and sniffNewline', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2,5;3\n', ';'], // decimal commas do not fool it
    ['a\tb\n1\t2\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['"x;y",b\n"1;2",3\n', ','], // delimiters inside quotes do not count
    ['single\nvalue\n', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it('finds the newline of the file', () => {
    expect(sniffNewline('a\nb')).toBe('\n');
    expect(sniffNewline('a\r\nb')).toBe('\r\n');
    expect(sniffNewline('a\rb')).toBe('\r');
    expect(sniffNewline('no newline')).toBe('\n');
  });
});

describe.each(['papaparse', 'csv-parse'] as ParserName[])('reading whole files in each encoding with %s', (parserName) => {
  const read = async (bytes: Buffer, encoding?: 'latin1' | 'windows-1251' | 'utf-8') => {
    const rows: string[][] = [];
    let headers: string[] = [];
    const sniffed = await readRows(csvSource(bytes), { parser: PARSERS[parserName], encoding }, {
      header: (found) => void (headers = found),
      row: (cells) => void rows.push(cells),
    });
    return { sniffed, headers, rows };
  };

  it('Windows-1251 with ; decodes to the Russian text', async () => {
    const { sniffed, headers, rows } = await read(encodeWindows1251(RUSSIAN.replaceAll('\n', '\r\n')));
    expect(sniffed).toMatchObject({ encoding: 'windows-1251', bom: false, delimiter: ';', newline: '\r\n' });
    expect(headers).toEqual(['Номер заказа', 'Дата заказа', 'Покупатель', 'Сумма', 'Статус']);
    expect(rows[0]).toEqual(['1', '05.01.2023', 'Иванов Пётр', '1 234,56', 'Оплачен']);
    expect(rows[1]![4]).toBe('Отменён');
  });

  it('Latin-1 decodes to the French text', async () => {
    const { sniffed, rows } = await read(Buffer.from(FRENCH, 'latin1'));
    expect(sniffed.encoding).toBe('latin1');
    expect(rows[1]).toEqual(['3', 'Déçu : plante abîmée à la livraison']);
  });

  it('--encoding overrides the guess', async () => {
    const { sniffed, rows } = await read(Buffer.from('a,b\n1,\xe9\xe8\xea\n', 'latin1'), 'windows-1251');
    expect(sniffed.encoding).toBe('windows-1251');
    expect(rows[0]).toEqual(['1', 'йик']);
  });

  const nps = dataset('nps-botanic-fr.csv');
  it.skipIf(!nps.present)(`the NPS survey (Latin-1, French) is read as Latin-1${nps.present ? '' : ` (${nps.skipReason})`}`, async () => {
    const { readFileSync } = await import('node:fs');
    const head = readFileSync(nps.path).subarray(0, 64 * 1024);
    expect(sniffEncoding(head, nps.path).encoding).toBe('latin1');
  });

  it('an .xlsx renamed to .csv is exit 3', async () => {
    const { readFileSync } = await import('node:fs');
    const { fixture } = await import('../../helpers/datasets.js');
    const error = await rejectionOf(read(readFileSync(fixture('broken', 'excel-renamed.csv'))));
    expect(error).toMatchObject({ code: 'CARE_NOT_CSV', exitCode: 3 });
  });
});
