/**
 * Part-by-part comparison of two .xlsx packages (DESIGN.md §7 item 6): the writer must carry
 * every part it does not touch over byte for byte. Parts are compared uncompressed, so a part
 * that was only re-deflated (another compression level, another zip timestamp) is unchanged.
 */
import { unzipSync } from 'fflate';

export interface PackageDiff {
  unchanged: string[];
  changed: string[];
  added: string[];
  removed: string[];
}

/** Sorts every part of the two packages into unchanged, changed, added and removed. */
export function diffPackages(before: Uint8Array, after: Uint8Array): PackageDiff {
  const old = unzipSync(before);
  const next = unzipSync(after);
  const diff: PackageDiff = { unchanged: [], changed: [], added: [], removed: [] };
  for (const name of Object.keys(old).sort()) {
    if (!(name in next)) diff.removed.push(name);
    else if (sameBytes(old[name], next[name])) diff.unchanged.push(name);
    else diff.changed.push(name);
  }
  for (const name of Object.keys(next).sort()) {
    if (!(name in old)) diff.added.push(name);
  }
  return diff;
}

export type PartPattern = RegExp | string;

/**
 * Throws, naming every offending part, unless the only differences are changed parts matching
 * `allowedChanged` and added parts matching `allowedAdded`. Nothing may be removed. A string
 * pattern is an exact part name (`xl/workbook.xml`); a RegExp is tested against the name.
 * Returns the diff for further checks.
 */
export function assertOnlyChanged(
  before: Uint8Array,
  after: Uint8Array,
  allowedChanged: PartPattern[],
  allowedAdded: PartPattern[] = [],
): PackageDiff {
  const diff = diffPackages(before, after);
  const problems: string[] = [];
  const changed = diff.changed.filter((name) => !matchesAny(name, allowedChanged));
  const added = diff.added.filter((name) => !matchesAny(name, allowedAdded));
  if (changed.length) problems.push(`changed but should be byte-identical: ${changed.join(', ')}`);
  if (added.length) problems.push(`added unexpectedly: ${added.join(', ')}`);
  if (diff.removed.length) problems.push(`removed: ${diff.removed.join(', ')}`);
  if (problems.length)
    throw new Error(`The package changed more than allowed. ${problems.join('; ')}`);
  return diff;
}

function matchesAny(name: string, patterns: PartPattern[]): boolean {
  return patterns.some((pattern) =>
    typeof pattern === 'string'
      ? pattern === name
      : new RegExp(pattern.source, pattern.flags.replace('g', '')).test(name),
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
