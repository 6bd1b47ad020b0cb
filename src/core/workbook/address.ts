/** A1 addresses ↔ 0-based row/column indexes, and sheet-qualified references. */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function parseCellAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new AddressError(address);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** `'PL I'!G13`: sheet names are always quoted, as Excel accepts quotes around any name. */
export function qualifiedAddress(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

export class AddressError extends Error {
  constructor(address: string) {
    super(`Not an A1 cell address: ${address}`);
    this.name = 'AddressError';
  }
}
