import iconv from 'iconv-lite';
import { TaawunError } from '../../core/errors.ts';
import { type Issue, issue } from '../../core/validation/issues.ts';

/**
 * Text files reach planners in UTF-8, but also in the Windows code pages Excel writes for Arabic
 * (windows-1256) and French (windows-1252, a superset of Latin-1), and sometimes ISO-8859-6.
 * Generic detectors guess badly between these (they call cp1256 Arabic "Latin-1"), so this one
 * decides on the traits of the texts we actually receive:
 * - valid UTF-8 (or a UTF-16 byte order mark) wins;
 * - Arabic words are runs of three or more high bytes, which French never has;
 * - between the two Arabic code pages, the right one leaves no byte undefined and never glues a
 *   Latin accented letter to an Arabic one.
 */
export const SUPPORTED_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1256',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-6',
] as const;

export interface Decoded {
  text: string;
  encoding: string;
  issues: Issue[];
}

export function decodeText(bytes: Buffer, file: string, declared?: string | null): Decoded {
  if (declared) {
    const enc = declared.toLowerCase();
    if (!iconv.encodingExists(enc)) {
      throw new TaawunError(
        issue('encoding_unknown', { file, params: { encoding: declared, supported: SUPPORTED_ENCODINGS.join(', ') } }),
      );
    }
    return { text: stripBom(iconv.decode(bytes, enc)), encoding: enc, issues: enc === 'utf-8' ? [] : [converted(file, enc)] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', file);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: stripBom(text), encoding: 'utf-8', issues: [] };
  } catch {
    // not UTF-8: one of the single-byte code pages
  }
  const enc = guessSingleByte(bytes);
  if (!enc) {
    throw new TaawunError(
      issue('encoding_unknown', { file, params: { encoding: '?', supported: SUPPORTED_ENCODINGS.join(', ') } }),
    );
  }
  return { text: iconv.decode(bytes, enc), encoding: enc, issues: [converted(file, enc)] };
}

function converted(file: string, from: string): Issue {
  return issue('encoding_converted', { file, params: { from } });
}

function utf16(bytes: Buffer, enc: string, file: string): Decoded {
  return { text: stripBom(iconv.decode(bytes, enc)), encoding: enc, issues: [converted(file, enc)] };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * Signs of the wrong Arabic code page: bytes it leaves undefined (U+FFFD), and Latin accented
 * letters glued to Arabic ones, which no real text has.
 */
function misfits(text: string): number {
  const undefinedBytes = (text.match(/\ufffd/g) ?? []).length;
  const mixed = (text.match(/[\u0600-\u06ff][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0600-\u06ff]/g) ?? []).length;
  return undefinedBytes + mixed;
}

export function guessSingleByte(bytes: Buffer): string | null {
  let run = 0;
  let arabicWords = 0;
  let nul = 0;
  for (const b of bytes) {
    if (b === 0) nul++;
    if (b >= 0xc0) {
      run++;
      if (run === 3) arabicWords++;
    } else run = 0;
  }
  // Binary files (a spreadsheet saved as .csv by mistake, an image) are not text at all.
  if (nul > bytes.length / 100) return null;
  if (arabicWords === 0) return 'windows-1252';
  return misfits(iconv.decode(bytes, 'iso-8859-6')) < misfits(iconv.decode(bytes, 'windows-1256'))
    ? 'iso-8859-6'
    : 'windows-1256';
}
