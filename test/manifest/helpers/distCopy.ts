/**
 * Copies of the built dist/ that a test may damage, and the validator's verdict on them.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, runScript } from './runNode';

export const builtDist = join(projectRoot, 'dist');

export interface CheckResult {
  id: string;
  vi: string;
  en: string;
  ok: boolean;
  skipped: boolean;
  problems: string[];
}

export interface Verdict {
  status: number | null;
  results: CheckResult[];
  stderr: string;
}

export function requireBuild(): void {
  if (!existsSync(join(builtDist, 'manifest.xml'))) {
    throw new Error('dist/manifest.xml is missing: run `npm run build` first (npm test does).');
  }
}

/** A fresh copy of dist/ (without the command line) in a temporary folder. */
export function copyDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'htx-dist-'));
  cpSync(builtDist, dir, {
    recursive: true,
    filter: (src) => !src.startsWith(join(builtDist, 'cli')),
  });
  return dir;
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Rewrites a text file of the copy; fails loudly when the edit changes nothing. */
export function editFile(dir: string, file: string, edit: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

export function validate(distDir: string): Verdict {
  const run = runScript('scripts/validateManifest.mjs', ['--dist', distDir, '--json']);
  const results = run.stdout ? (JSON.parse(run.stdout).results as CheckResult[]) : [];
  return { status: run.status, results, stderr: run.stderr };
}

export function resultOf(verdict: Verdict, id: string): CheckResult {
  const result = verdict.results.find((r) => r.id === id);
  if (!result) throw new Error(`no result for check ${id}`);
  return result;
}
