/**
 * `htx-plan mark FILE.xlsx -o OUT.xlsx`: the findings' cells filled by severity and a results
 * sheet listing every finding, written to a new file ready to send back to a district.
 */
import { markWorkbook } from '../app/markWorkbook';
import { summarise } from '../app/reportDocument';
import type { Output } from './checkCommand';
import { cliMessage } from './messages/cliMessage';
import type { CliRequest } from './parseArgs';
import { writeWorkbook } from './writeOutput';

interface MarkReport {
  markedCells: number;
  findings: number;
  summary: ReturnType<typeof summarise>;
  sheet: string;
}

export function markCommand(
  request: CliRequest,
  output: Output,
  now = new Date(),
): Promise<number> {
  return writeWorkbook<MarkReport>(
    request,
    output,
    (input) => {
      const { check, plan } = markWorkbook(input, { lang: request.lang, now });
      if (check.tables.length === 0) return { refuse: 'read.no-table' };
      const markedCells = plan.edits.reduce((count, edit) => count + edit.cells.length, 0);
      const report = {
        markedCells,
        findings: check.findings.length,
        summary: summarise(check.findings),
        sheet: plan.newSheets[0].name,
      };
      return { plan, report };
    },
    (report, written) => {
      const sheet = written.newSheetNames[0] ?? report.sheet;
      if (request.json) {
        output.out(
          JSON.stringify({ file: request.files[0], ...written, ...report, sheet }, null, 2),
        );
        return;
      }
      output.out(
        cliMessage(
          'mark.done',
          {
            output: written.output,
            cells: report.markedCells,
            sheet,
            findings: report.findings,
            ...report.summary,
          },
          request.lang,
        ),
      );
    },
  );
}
