/**
 * A sheet name Excel accepts and no other sheet has: at most 31 characters, none of []:*?/\,
 * not starting or ending with an apostrophe, unique without regard to case, and not "History"
 * (reserved by Excel for change tracking). One rule for every host and every plan builder, so
 * the name a plan links to (HYPERLINK formulas, journal entries) is the name the sheet gets.
 * (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9)
 */
const maxLength = 31;

export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const base = cleanName(wanted) || 'Sheet';
  const taken = new Set([...existing, 'History'].map(sheetNameKey));
  const first = truncate(base, maxLength);
  if (!taken.has(sheetNameKey(first))) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, maxLength - suffix.length) + suffix;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

function cleanName(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[[\]:*?/\\]/g, '-')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F]/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
  );
}

/** Cuts by characters, never inside a surrogate pair, and drops a trailing space or apostrophe. */
function truncate(name: string, length: number): string {
  const characters = Array.from(name);
  if (characters.length <= length) return name;
  return characters
    .slice(0, length)
    .join('')
    .replace(/[\s']+$/, '');
}

/** Sheet names compare without regard to case, as Excel compares them. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
