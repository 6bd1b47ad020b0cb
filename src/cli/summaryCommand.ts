/**
 * `htx-plan summary FILE.xlsx -o OUT.xlsx [--province NAME] [--year N]`: the plan summary sheet
 * ("Tổng hợp KH 2023") added to a copy of the workbook. Never prompts: what the workbook does
 * not say comes from an option or is left blank, and the notes say so.
 */
import { buildSummary } from '../app/buildSummary';
import { summarise } from '../app/reportDocument';
import type { SummaryNote } from '../core/summary/planSummarySheet';
import type { Output } from './checkCommand';
import { cliMessage } from './messages/cliMessage';
import type { CliRequest } from './parseArgs';
import { writeWorkbook } from './writeOutput';

interface SummaryReport {
  sheet: string;
  tables: number;
  notes: SummaryNote[];
  summary: ReturnType<typeof summarise>;
}

export function summaryCommand(
  request: CliRequest,
  output: Output,
  now = new Date(),
): Promise<number> {
  return writeWorkbook<SummaryReport>(
    request,
    output,
    (input) => {
      const { check, summary } = buildSummary(input, {
        now,
        ...(request.province !== undefined && { province: request.province }),
        ...(request.year !== undefined && { year: request.year }),
      });
      if ('error' in summary) return { refuse: 'read.no-table' };
      const report = {
        sheet: summary.sheetName,
        tables: check.tables.length,
        notes: summary.notes,
        summary: summarise(check.findings),
      };
      return { plan: summary.plan, report };
    },
    (report, written) => {
      const sheet = written.newSheetNames[0] ?? report.sheet;
      const skippedCharts = written.skippedCharts?.length ?? 0;
      if (request.json) {
        const document = { file: request.files[0], ...written, ...report, sheet };
        output.out(JSON.stringify(document, null, 2));
        return;
      }
      const lines = [
        cliMessage(
          'summary.done',
          { output: written.output, sheet, tables: report.tables, ...report.summary },
          request.lang,
        ),
        ...report.notes.map((note) => cliMessage(`summary.note.${note}`, {}, request.lang)),
      ];
      if (skippedCharts > 0)
        lines.push(cliMessage('summary.chartSkipped', { charts: skippedCharts }, request.lang));
      output.out(lines.join('\n'));
    },
  );
}
