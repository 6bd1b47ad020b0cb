/**
 * The common path of `mark` and `native`: refuse a bad output path, read the input, let the
 * command build an edit plan, apply it to the package and write the result. Returns the exit
 * code: 0 written, 2 for anything that stopped the write (DESIGN.md §4).
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EditPlan } from '../core/plan/editPlan';
import { applyEditPlan, type SkippedChart } from '../xlsx/write/applyEditPlan';
import type { Output } from './checkCommand';
import { cliMessage } from './messages/cliMessage';
import { refuseOutput } from './outputPath';
import type { CliRequest } from './parseArgs';
import { readInput, type InputReading } from './readInput';

export type ReadInput = Extract<InputReading, { ok: true }>;

/** What a command makes of the input: a plan and a report, or a message key to refuse with. */
export type CommandPlan<Report> = { plan: EditPlan; report: Report } | { refuse: string };

export interface WrittenOutput {
  output: string;
  newSheetNames: string[];
  /** Present when the plan had charts, which only Excel draws. */
  skippedCharts?: SkippedChart[];
}

export async function writeWorkbook<Report>(
  request: CliRequest,
  output: Output,
  build: (input: ReadInput) => CommandPlan<Report>,
  done: (report: Report, written: WrittenOutput) => void,
): Promise<number> {
  const [file] = request.files;
  const target = request.output as string; // parseArgs requires -o for writing commands
  const params = { file: basename(file), output: target };
  const fail = (key: string, extra: Record<string, string> = {}) => {
    output.err(cliMessage(key, { ...params, ...extra }, request.lang));
    return 2;
  };

  const refusal = await refuseOutput(file, target, request.force);
  if (refusal) return fail(`write.${refusal}`);
  const input = await readInput(file);
  if (!input.ok) return fail(input.messageKey);
  const built = build(input);
  if ('refuse' in built) return fail(built.refuse);

  const { bytes, newSheetNames, skippedCharts } = await applyEditPlan(input.bytes, built.plan);
  try {
    // "wx" fails if the file appeared meanwhile: never replace what --force did not allow.
    await writeFile(target, bytes, { flag: request.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return fail('write.exists');
    return fail('write.failed', { reason: code ?? String(error) });
  }
  done(built.report, {
    output: target,
    newSheetNames,
    ...(skippedCharts.length > 0 && { skippedCharts }),
  });
  return 0;
}
