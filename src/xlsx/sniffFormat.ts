/**
 * Tells what a file holds from its first bytes, not its name: district offices rename files
 * freely, and an .xls saved as ".xlsx" must still get the right reader or a clear message.
 */
import { unzipSync } from 'fflate';

export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'encrypted' | 'csv' | 'empty' | 'unknown';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, zipMagic)) return sniffZip(bytes);
  if (startsWith(bytes, oleMagic)) return sniffOle(bytes);
  return looksLikeText(bytes) ? 'csv' : 'unknown';
}

function sniffZip(bytes: Uint8Array): FileFormat {
  try {
    // Only the small entries we need are inflated.
    const entries = unzipSync(bytes, {
      filter: (file) => file.name === 'mimetype' || file.name === '[Content_Types].xml',
    });
    const mimetype = entries['mimetype'] && new TextDecoder().decode(entries['mimetype']);
    if (mimetype && mimetype.includes('opendocument')) return 'ods';
    return entries['[Content_Types].xml'] ? 'xlsx' : 'unknown';
  } catch {
    // A zip we cannot even list is a damaged file, which the xlsx reader reports as corrupt.
    return 'xlsx';
  }
}

/** An OLE compound file is an Excel 97-2003 workbook, or an encrypted .xlsx (EncryptedPackage). */
function sniffOle(bytes: Uint8Array): FileFormat {
  const marker = utf16Bytes('EncryptedPackage');
  return indexOfBytes(bytes, marker) >= 0 ? 'encrypted' : 'xls';
}

function utf16Bytes(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

function indexOfBytes(haystack: Uint8Array, needle: number[]): number {
  const limit = Math.min(haystack.length, 1 << 20) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return control === 0;
}
