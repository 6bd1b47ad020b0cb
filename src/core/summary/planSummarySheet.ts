/**
 * The plan summary sheet ("Tổng hợp KH 2023") as an edit plan: one new sheet laid out as an
 * official appendix, every figure a formula on its source cell, every ratio a guarded formula,
 * the state of the checks on the given date and draft report sentences that follow the figures.
 * No other sheet is touched. A chart of attainment is planned for hosts that draw charts (Excel);
 * the sheet says that elsewhere the data bars carry the picture.
 */
import type { AppendixTable } from '../layout/appendixTable';
import type { ChartSpec, EditPlan, NewSheet } from '../plan/editPlan';
import type { Finding } from '../rules/finding';
import { writeChecks } from './checksSection';
import { fundingSources } from './fundingSources';
import { writeFunding } from './fundingSection';
import { writeHeader } from './headerSection';
import { writeIndicators, type IndicatorSection } from './indicatorSection';
import { keyIndicators } from './keyIndicators';
import { provinceOf } from './province';
import { sectorBreakdown } from './sectorBreakdown';
import { writeSectors } from './sectorSection';
import { writeSentences } from './sentencesSection';
import { SheetWriter } from './sheetWriter';
import { writeSignature } from './signatureSection';
import { summaryText } from './summaryLabels';
import { columns, columnWidths } from './summaryLayout';
import { summaryYear } from './summaryPeriods';
import { uniqueSheetName } from '../workbook/uniqueSheetName';
import { styles } from './summaryStyles';

export interface SummaryInput {
  tables: readonly AppendixTable[];
  /** The check's findings, with the accepted ones marked (`withAccepted`). */
  findings: readonly Finding[];
  workbookSheetNames: readonly string[];
  province?: string;
  year?: number;
  /** The day of the checks' snapshot, YYYY-MM-DD. */
  date: string;
  /** ISO date-time of the journal entry; defaults to the date at midnight UTC. */
  at?: string;
  lang: 'vi';
}

/** What the sheet could not know or show: message keys for the host's catalogue. */
export type SummaryNote =
  | 'province-unknown'
  | 'year-unknown'
  | 'no-indicators'
  | 'no-sector-table'
  | 'no-funding-table'
  | 'text-numbers';

export type SummaryPlan =
  { plan: EditPlan; sheetName: string; notes: SummaryNote[] } | { error: 'no-table' };

export function planSummarySheet(input: SummaryInput): SummaryPlan {
  const { tables } = input;
  if (tables.length === 0) return { error: 'no-table' };
  const notes: SummaryNote[] = [];
  const year = summaryYear(input.year, tables);
  const province = provinceOf(input.province, tables);
  if (!province) notes.push('province-unknown');
  if (year === undefined) notes.push('year-unknown');

  const sheet = new SheetWriter();
  writeHeader(sheet, province, year);
  const indicators = keyIndicators(tables, year);
  let main: IndicatorSection | undefined;
  if (indicators.length > 0) {
    main = writeIndicators(sheet, indicators, year);
    sheet.merged('A', 'J', summaryText.chartNote, styles.note);
    sheet.next(2);
  } else notes.push('no-indicators');

  const sectors = sectorBreakdown(tables, year);
  if (sectors) {
    writeSectors(sheet, sectors);
    sheet.next();
  } else notes.push('no-sector-table');
  const funding = fundingSources(tables);
  if (funding) {
    writeFunding(sheet, funding);
    sheet.next();
  } else notes.push('no-funding-table');

  writeChecks(sheet, input.findings, input.workbookSheetNames, input.date);
  sheet.next();
  if (main) writeSentences(sheet, main.rows, year);
  writeSignature(sheet, province);

  const usesText =
    indicators.some((i) => Object.values(i.cells).some((c) => c.fromText)) ||
    sectors?.sectors.some((s) => s.cell.fromText) === true;
  if (usesText) notes.push('text-numbers');

  const sheetName = uniqueSheetName(summaryText.sheetName(year), input.workbookSheetNames);
  const headerRows = main?.headerRows;
  const newSheet: NewSheet = {
    name: sheetName,
    // Not activated: in a file that would clear the other sheets' "tab selected" flag, and
    // no other sheet may change (issue 6). The pane shows the new sheet itself.
    activate: false,
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths,
    rowHeights: sheet.rowHeights,
    ...(headerRows && { frozen: { rows: headerRows[1], columns: 0 } }),
    printSetup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      ...(headerRows && { titleRows: `${headerRows[0]}:${headerRows[1]}` }),
    },
    ...(main && {
      conditionalFormats: [
        {
          kind: 'dataBar' as const,
          range: `${columns.attainment}${main.body[0]}:${columns.attainment}${main.body[1]}`,
          color: 'FF5B9BD5',
          min: 0,
          max: 1.25,
        },
      ],
      charts: [attainmentChart(main, year)],
    }),
  };
  const at = input.at ?? `${input.date}T00:00:00.000Z`;
  return {
    plan: {
      edits: [],
      newSheets: [newSheet],
      journal: [{ kind: 'sheet', action: `summary-${at}`, at, sheet: sheetName }],
    },
    sheetName,
    notes,
  };
}

/**
 * Estimate against plan for every key indicator, as one series of percentages: the figures
 * themselves have units too different (HTX, members, million đồng) to share an axis.
 */
function attainmentChart(main: IndicatorSection, year: number | undefined): ChartSpec {
  const [first, last] = main.body;
  return {
    type: 'barClustered',
    title: `Ước thực hiện so với kế hoạch năm ${year === undefined ? '' : year - 1}`.trim(),
    categories: `${columns.label}${first}:${columns.label}${last}`,
    series: [
      { name: 'ƯTH/KH (%)', values: `${columns.attainment}${first}:${columns.attainment}${last}` },
    ],
    anchor: { from: `L${main.headerRows[0]}`, to: `S${main.headerRows[0] + 20}` },
  };
}
