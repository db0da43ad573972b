import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/encoding/decode.ts';
import { parseNumber } from '../../src/io/tables/table.ts';

const arabic = 'code;nom;nom_ar\n09.001.01.01;Agadir;أكادير\n09.273.01.15;Inezgane;إنزكان\n09.551.01.01;Tiznit;تيزنيت\n';
const french = 'code;nom\n01;Aït Melloul\n02;Béni Mellal\n03;Fès\n04;Témara\n';

describe('text decoding', () => {
  it('keeps UTF-8 and drops its byte order mark', () => {
    const r = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic)]), 'a.csv');
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(arabic);
    expect(r.issues).toEqual([]);
  });
  it.each(['windows-1256', 'iso-8859-6'])('recognises Arabic in %s', (enc) => {
    const r = decodeText(iconv.encode(arabic, enc), 'a.csv');
    expect(r.encoding).toBe(enc);
    expect(r.text).toBe(arabic);
    expect(r.issues[0]).toMatchObject({ code: 'encoding_converted', file: 'a.csv', params: { from: enc } });
  });
  it('recognises French in Latin-1 / Windows-1252', () => {
    const r = decodeText(iconv.encode(french, 'latin1'), 'f.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe(french);
  });
  it('reads UTF-16 with a byte order mark', () => {
    const r = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(arabic, 'utf-16le')]), 'u.csv');
    expect(r.text).toBe(arabic);
  });
  it('refuses binary content and unknown declared encodings, naming them', () => {
    expect(() => decodeText(Buffer.from([0x00, 0x9f, 0x00, 0xff, 0x00, 0xc3, 0x00]), 'x.csv')).toThrow(/encoding_unknown/);
    expect(() => decodeText(Buffer.from('a'), 'x.csv', 'klingon-1')).toThrow(/klingon-1/);
  });
});

describe('numbers as spreadsheets write them', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u202f234', 1234],
    ['12,5', 12.5],
    ['1,234,567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['2e3', 2000],
  ])('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n));
  it.each(['', 'abc', '12abc', '1..2', 'NaN', 'Infinity'])('%s is not a number', (s) => expect(parseNumber(s)).toBeUndefined());
});
