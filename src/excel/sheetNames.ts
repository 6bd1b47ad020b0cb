/**
 * Names for new sheets that Excel accepts: at most 31 characters, none of : \ / ? * [ ], no
 * apostrophe at either end, not "History", and not a name already taken (compared without
 * case), else "Name (2)", "Name (3)"…
 * (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9)
 */
const MAX = 31;

export function usableSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX)
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history'
    ? `${cleaned || 'Sheet'} 1`
    : cleaned;
}

export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const base = usableSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
