/**
 * `htx-plan native FILE.xlsx -o OUT.xlsx`: every HTX.* formula that has a native equivalent
 * rewritten as it, so the file computes the same numbers without the add-in; prints what it
 * rewrote (sheet, cell, old → new), what it could not and why, and how the native formulas may
 * differ from the HTX functions (text numbers, blanks, errors).
 */
import { nativeFormulas, type NativeFormulasResult } from '../app/nativeFormulas';
import type { Output } from './checkCommand';
import type { CliRequest } from './parseArgs';
import { renderNativeReport } from './renderNativeReport';
import { writeWorkbook } from './writeOutput';
import { nativeMessage } from '../core/plan/nativeMessages';

type NativeReport = Omit<NativeFormulasResult, 'plan'>;

export function nativeCommand(
  request: CliRequest,
  output: Output,
  now = new Date(),
): Promise<number> {
  return writeWorkbook<NativeReport>(
    request,
    output,
    (input) => {
      const { plan, ...report } = nativeFormulas(input.snapshot, now);
      return { plan, report };
    },
    (report, written) => {
      if (!request.json) {
        output.out(renderNativeReport(report, written.output, request.lang));
        return;
      }
      const caveats = report.caveats.map((code) => ({
        code,
        message: nativeMessage(`caveat.${code}`, request.lang),
      }));
      const unconverted = report.unconverted.map((failure) => ({
        ...failure,
        message: nativeMessage(`reason.${failure.reason}`, request.lang),
      }));
      const document = { file: request.files[0], output: written.output, ...report };
      output.out(JSON.stringify({ ...document, unconverted, caveats }, null, 2));
    },
  );
}
