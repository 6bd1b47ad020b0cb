/**
 * A sheet name Excel accepts and no other sheet has: at most 31 characters, none of []:*?/\,
 * not starting or ending with an apostrophe, unique without regard to case, and not "History"
 * (reserved by Excel for change tracking). Exported so a plan's builder can know the name
 * beforehand, e.g. to link to the new sheet from a HYPERLINK formula.
 */
const maxLength = 31;

export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const base = cleanName(wanted) || 'Sheet';
  const taken = new Set([...existing, 'History'].map(nameKey));
  const first = truncate(base, maxLength);
  if (!taken.has(nameKey(first))) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, maxLength - suffix.length) + suffix;
    if (!taken.has(nameKey(candidate))) return candidate;
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

export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
