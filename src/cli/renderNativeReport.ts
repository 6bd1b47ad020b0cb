/** The readable listing of `htx-plan native`: what was rewritten, what was not, and caveats. */
import type { NativeFormulasResult } from '../app/nativeFormulas';
import { cliMessage } from './messages/cliMessage';
import type { Lang } from './parseArgs';
import { nativeMessage } from '../core/plan/nativeMessages';

export function renderNativeReport(
  report: Omit<NativeFormulasResult, 'plan'>,
  output: string,
  lang: Lang,
): string {
  const message = (key: string, params: Record<string, string | number> = {}) =>
    cliMessage(key, params, lang);
  const lines = [
    message('native.done', {
      output,
      converted: report.converted.length,
      unconverted: report.unconverted.length,
    }),
  ];
  if (report.converted.length + report.unconverted.length === 0) lines.push(message('native.none'));
  if (report.converted.length > 0) {
    lines.push('', message('native.convertedHeading'));
    for (const { sheet, cell, before, after } of report.converted) {
      lines.push(`  ${sheet}!${cell}: =${readable(before)} → =${after}`);
    }
  }
  if (report.unconverted.length > 0) {
    lines.push('', message('native.unconvertedHeading'));
    for (const failure of report.unconverted) {
      const reason = nativeMessage(`reason.${failure.reason}`, lang);
      const name = functionName(failure.function);
      lines.push(
        `  ${failure.sheet}!${failure.cell}: =${readable(failure.formula)} (${name}): ${reason}`,
      );
    }
  }
  if (report.caveats.length > 0) {
    lines.push('', message('native.caveatsHeading'));
    for (const caveat of report.caveats)
      lines.push(`  - ${nativeMessage(`caveat.${caveat}`, lang)}`);
  }
  return lines.join('\n');
}

/** Files store `_xldudf_HTX_ATTAINMENT(…)`; people know it as `HTX.ATTAINMENT(…)`. */
function readable(formula: string): string {
  return formula.replace(/_xldudf_HTX_/gi, 'HTX.');
}

/** An id ("CONVERT") or, for a formula that could not be parsed, the name as written. */
function functionName(name: string): string {
  const shown = readable(name);
  return /^HTX\b/i.test(shown) ? shown : `HTX.${shown}`;
}
