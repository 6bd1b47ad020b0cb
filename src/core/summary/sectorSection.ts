/**
 * Cooperatives by sector: each sector's count as a formula on its source cell and its share of
 * the total as a guarded formula. The total is the source's total row where it has one (so a
 * sector list that misses the total shows shares short of 100 %), else the sum of the sectors.
 */
import { ratioFormula } from './formulaParts';
import { writeFigure } from './indicatorSection';
import type { SectorBreakdown } from './sectorBreakdown';
import type { SheetWriter } from './sheetWriter';
import { periodText, summaryText } from './summaryLabels';
import { styles, bold } from './summaryStyles';

export interface SectorSection {
  /** Rows of the sectors and of the total, for tests and sentences. */
  sectorRows: number[];
  totalRow: number;
}

export function writeSectors(sheet: SheetWriter, breakdown: SectorBreakdown): SectorSection {
  const about = `${periodText(breakdown.column)}; nguồn: ${breakdown.sheet}`;
  sheet.merged('A', 'J', `${summaryText.sectorSection} (${about})`, styles.section);
  sheet.next();
  const headers = [
    summaryText.headers.stt,
    summaryText.headers.sector,
    summaryText.headers.unit,
    summaryText.headers.count,
    summaryText.headers.share,
  ];
  ['A', 'B', 'C', 'D', 'E'].forEach((column, i) =>
    sheet.text(`${column}${sheet.row}`, headers[i], styles.header),
  );
  sheet.height(30);
  sheet.next();

  const first = sheet.row;
  const last = first + breakdown.sectors.length - 1;
  const totalRow = last + 1;
  const sectorRows: number[] = [];
  breakdown.sectors.forEach((sector, i) => {
    const r = sheet.row;
    sheet.text(`A${r}`, sector.label ?? String(i + 1), styles.stt);
    sheet.text(`B${r}`, sector.text, styles.item);
    sheet.text(`C${r}`, 'HTX', styles.unit);
    writeFigure(sheet, `D${r}`, sector.cell, styles.figure);
    sheet.formula(`E${r}`, ratioFormula(`D${r}`, `D$${totalRow}`), styles.ratio);
    sectorRows.push(r);
    sheet.next();
  });
  sheet.styled(`A${totalRow}`, styles.stt);
  sheet.text(`B${totalRow}`, summaryText.total, bold(styles.item));
  sheet.text(`C${totalRow}`, 'HTX', bold(styles.unit));
  if (breakdown.total) writeFigure(sheet, `D${totalRow}`, breakdown.total, bold(styles.figure));
  else sheet.formula(`D${totalRow}`, `SUM(D${first}:D${last})`, bold(styles.figure));
  sheet.formula(`E${totalRow}`, `SUM(E${first}:E${last})`, bold(styles.ratio));
  sheet.next();
  return { sectorRows, totalRow };
}
