/**
 * The manifest scripts are plain Node ESM (`.mjs`), which jest's CommonJS runtime cannot
 * require; tests reach them through a child `node`, the way `npm run validate` runs them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const projectRoot = join(__dirname, '..', '..', '..');

export interface NodeRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): NodeRun {
  const result = spawnSync(process.execPath, [join(projectRoot, script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export type Outcome<T> = { value: T } | { error: { name: string; message: string } };

/** Calls `exportName(...args)` of an ESM module of the project; arguments and result as JSON. */
export function callExport<T>(
  modulePath: string,
  exportName: string,
  ...args: unknown[]
): Outcome<T> {
  const url = pathToFileURL(join(projectRoot, modulePath)).href;
  const program = `
    const mod = await import(${JSON.stringify(url)});
    let outcome;
    try {
      outcome = { value: await mod[${JSON.stringify(exportName)}](...JSON.parse(process.argv[1])) };
    } catch (error) {
      outcome = { error: { name: error.name, message: error.message } };
    }
    process.stdout.write(JSON.stringify(outcome));`;
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', program, JSON.stringify(args)],
    { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`node failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Outcome<T>;
}
