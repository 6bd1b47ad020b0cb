/**
 * Where a writing command may put its result. htx-plan never writes over its input (DESIGN.md
 * §3): not by the same path, not through a symbolic or hard link to it. An existing output file
 * is replaced only with --force; nothing ever prompts (DESIGN.md §4).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

export type OutputRefusal = 'same-as-input' | 'exists';

export async function refuseOutput(
  input: string,
  output: string,
  force: boolean,
): Promise<OutputRefusal | undefined> {
  if (resolve(input) === resolve(output)) return 'same-as-input';
  const target = await statOrUndefined(output);
  if (!target) return undefined;
  const source = await statOrUndefined(input);
  // stat follows links, so a link to the input (or a hard link) has the input's device and inode.
  if (source && source.dev === target.dev && source.ino === target.ino) return 'same-as-input';
  return force ? undefined : 'exists';
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
