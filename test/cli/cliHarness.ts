/**
 * Running `main` the way the executable does, on copies of fixtures in a temporary directory,
 * and reading what it wrote back.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Output } from '../../src/cli/checkCommand';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const output: Output = {
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    isTerminal: false,
  };
  const code = await main(argv, output);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

export interface Workspace {
  dir: string;
  /** Copies a fixture (path from the project root) into the workspace; returns its new path. */
  copy(fixture: string, name?: string): Promise<string>;
  path(name: string): string;
  remove(): Promise<void>;
}

export async function workspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'htx-plan-cli-'));
  return {
    dir,
    async copy(fixture, name = basename(fixture)) {
      const target = join(dir, name);
      await copyFile(join(__dirname, '..', '..', fixture), target);
      return target;
    },
    path: (name) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export const bytesOf = async (path: string) => new Uint8Array(await readFile(path));

/** Sheet name → worksheet part (`xl/worksheets/sheet2.xml`), from workbook.xml and its rels. */
export function sheetParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const parts: Record<string, string> = {};
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(match[0])?.[1] ?? '');
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1] ?? '';
    parts[name] = targets.get(id) ?? '';
  }
  return parts;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
