/**
 * Funding by source, per programme and in total: the four source figures as formulas on
 * their cells and each source's share of the row's total as guarded formulas, so the shares
 * add to 100 % exactly where the sources add up to the total.
 */
import type { FundingSources } from './fundingSources';
import { fundingColumns } from './fundingSources';
import { ratioFormula, DASH } from './formulaParts';
import { writeFigure } from './indicatorSection';
import type { SheetWriter } from './sheetWriter';
import { fundingHeadings, summaryText } from './summaryLabels';
import { bold, styles } from './summaryStyles';

/** Source figures in D:G, shares of NSTW, NSĐP and other in H:J. */
const figureColumns = ['D', 'E', 'F', 'G'] as const;
const shareColumns = ['H', 'I', 'J'] as const;

export interface FundingSection {
  rows: number[];
}

export function writeFunding(sheet: SheetWriter, funding: FundingSources): FundingSection {
  const about = [funding.heading, funding.unit && `đơn vị: ${funding.unit.toLowerCase()}`]
    .filter(Boolean)
    .join('; ');
  sheet.merged(
    'A',
    'J',
    `${summaryText.fundingSection}${about ? ` (${about})` : ''}`,
    styles.section,
  );
  sheet.next();
  writeHeader(sheet);

  const rows: number[] = [];
  funding.rows.forEach((row, i) => {
    const r = sheet.row;
    const style = <T extends object>(base: T) => (row.total ? bold(base) : base);
    sheet.text(`A${r}`, row.label ?? (row.total ? '' : String(i + 1)), style(styles.stt));
    sheet.merged('B', 'C', row.text, style(styles.item));
    fundingColumns.forEach((code, k) => {
      const address = `${figureColumns[k]}${r}`;
      if (funding.columns[code]) writeFigure(sheet, address, row.cells[code], style(styles.figure));
      else sheet.text(address, DASH, style(styles.figure));
    });
    shareColumns.forEach((column, k) => {
      const address = `${column}${r}`;
      if (funding.columns[fundingColumns[k + 1]]) {
        sheet.formula(
          address,
          ratioFormula(`${figureColumns[k + 1]}${r}`, `D${r}`),
          style(styles.ratio),
        );
      } else sheet.text(address, DASH, style(styles.ratio));
    });
    const lines = Math.ceil(row.text.length / 52);
    if (lines > 1) sheet.height(15 * lines);
    rows.push(r);
    sheet.next();
  });
  return { rows };
}

function writeHeader(sheet: SheetWriter): void {
  const top = sheet.row;
  const spanning: [string, string][] = [
    ['A', summaryText.headers.stt],
    ['D', fundingHeadings['funding.total']],
    ['E', fundingHeadings['funding.central']],
    ['F', fundingHeadings['funding.local']],
    ['G', fundingHeadings['funding.other']],
  ];
  for (const [column, text] of spanning) {
    sheet.text(`${column}${top}`, text, styles.header);
    sheet.styled(`${column}${top + 1}`, styles.header);
    sheet.merges.push(`${column}${top}:${column}${top + 1}`);
  }
  sheet.text(`B${top}`, summaryText.headers.programme, styles.header);
  for (const address of [`C${top}`, `B${top + 1}`, `C${top + 1}`])
    sheet.styled(address, styles.header);
  sheet.merges.push(`B${top}:C${top + 1}`);
  sheet.merged('H', 'J', summaryText.headers.sharesOf, styles.header);
  shareColumns.forEach((column, k) =>
    sheet.text(`${column}${top + 1}`, fundingHeadings[fundingColumns[k + 1]], styles.header),
  );
  sheet.next(2);
}
