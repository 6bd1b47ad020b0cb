/**
 * The entries of a zip archive as stored: name, method, CRC and the compressed bytes, read from
 * the central directory. An entry nobody changes is written back with these very bytes, so it
 * is neither inflated nor deflated again: that keeps untouched parts identical even compressed,
 * and spares a 10 MB sheet the plan does not touch a second of deflating. Archives this does not
 * cover (ZIP64, encryption) return `undefined`, and the caller uses fflate's whole-archive path.
 */
export interface StoredEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The compressed data, a view into the input. */
  data: Uint8Array;
  /** DOS time and date, kept as they were. */
  time: number;
  date: number;
}

const decoder = new TextDecoder('utf-8');

export function readStoredEntries(bytes: Uint8Array): StoredEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let pos = view.getUint32(end + 16, true);
  if (count === 0xffff || pos === 0xffffffff) return undefined;
  const entries: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (pos + 46 > bytes.length || view.getUint32(pos, true) !== 0x02014b50) return undefined;
    const flags = view.getUint16(pos + 8, true);
    const method = view.getUint16(pos + 10, true);
    const compressedSize = view.getUint32(pos + 20, true);
    const size = view.getUint32(pos + 24, true);
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const local = view.getUint32(pos + 42, true);
    if (flags & 1 || (method !== 0 && method !== 8)) return undefined;
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      return undefined;
    if (view.getUint32(local, true) !== 0x04034b50) return undefined;
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(pos + 46, pos + 46 + nameLength)),
      method,
      crc: view.getUint32(pos + 16, true),
      size,
      data: bytes.subarray(dataStart, dataStart + compressedSize),
      time: view.getUint16(pos + 12, true),
      date: view.getUint16(pos + 14, true),
    });
    pos += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

const encoder = new TextEncoder();

/** Writes the entries as a zip archive (no ZIP64: parts of an .xlsx stay far below 4 GB). */
export function writeStoredEntries(entries: StoredEntry[]): Uint8Array {
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localSize = entries.reduce(
    (sum, entry, i) => sum + 30 + names[i].length + entry.data.length,
    0,
  );
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let pos = 0;
  const offsets: number[] = [];
  entries.forEach((entry, i) => {
    offsets.push(pos);
    pos = header(view, out, pos, 0x04034b50, entry, names[i], 0);
    out.set(entry.data, pos);
    pos += entry.data.length;
  });
  const centralStart = pos;
  entries.forEach((entry, i) => {
    pos = header(view, out, pos, 0x02014b50, entry, names[i], offsets[i]);
  });
  view.setUint32(pos, 0x06054b50, true);
  view.setUint16(pos + 8, entries.length, true);
  view.setUint16(pos + 10, entries.length, true);
  view.setUint32(pos + 12, pos - centralStart, true);
  view.setUint32(pos + 16, centralStart, true);
  return out;
}

function header(
  view: DataView,
  out: Uint8Array,
  at: number,
  signature: number,
  entry: StoredEntry,
  name: Uint8Array,
  offset: number,
): number {
  const central = signature === 0x02014b50;
  let pos = at;
  view.setUint32(pos, signature, true);
  pos += 4;
  if (central) {
    view.setUint16(pos, 20, true); // made by: MS-DOS, version 2.0
    pos += 2;
  }
  view.setUint16(pos, 20, true); // needed to extract: 2.0
  view.setUint16(pos + 2, nonAscii(entry.name) ? 0x0800 : 0, true); // bit 11: UTF-8 name
  view.setUint16(pos + 4, entry.method, true);
  view.setUint16(pos + 6, entry.time, true);
  view.setUint16(pos + 8, entry.date, true);
  view.setUint32(pos + 10, entry.crc, true);
  view.setUint32(pos + 14, entry.data.length, true);
  view.setUint32(pos + 18, entry.size, true);
  view.setUint16(pos + 22, name.length, true);
  view.setUint16(pos + 24, 0, true); // no extra field
  pos += 26;
  if (central) {
    // comment length, disk number, internal and external attributes: all zero
    view.setUint32(pos + 10, offset, true);
    pos += 14;
  }
  out.set(name, pos);
  return pos + name.length;
}

function nonAscii(text: string): boolean {
  return /[^\x20-\x7e]/.test(text);
}

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** DOS time and date of now, for new entries. */
export function dosDateTime(date = new Date()): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date:
      ((Math.max(1980, date.getFullYear()) - 1980) << 9) |
      ((date.getMonth() + 1) << 5) |
      date.getDate(),
  };
}
