/**
 * The top of an official appendix (Nghị định 30/2020/NĐ-CP, Phụ lục I): the agency left and
 * the national motto right, then "Biểu tổng hợp", the title, the "(Kèm theo …)" line and the
 * unit line.
 */
import { agencyLine, agencyShort, type Province } from './province';
import type { SheetWriter } from './sheetWriter';
import { summaryText } from './summaryLabels';
import { FIRST, LAST } from './summaryLayout';
import { styles } from './summaryStyles';

export function writeHeader(
  sheet: SheetWriter,
  province: Province | undefined,
  year: number | undefined,
): void {
  sheet.merged('A', 'D', agencyLine(province), styles.agency);
  sheet.merged('E', LAST, summaryText.motto, styles.motto);
  sheet.height(20);
  sheet.next();
  sheet.merged('A', 'D', undefined, styles.agency);
  sheet.merged('E', LAST, summaryText.mottoLine, styles.mottoLine);
  sheet.height(20);
  sheet.next(2);
  sheet.merged(FIRST, LAST, summaryText.label, styles.label);
  sheet.height(20);
  sheet.next();
  sheet.merged(FIRST, LAST, summaryText.title(year), styles.title);
  sheet.height(22);
  sheet.next();
  sheet.merged(FIRST, LAST, summaryText.attached(agencyShort(province)), styles.subtitle);
  sheet.next();
  sheet.merged(FIRST, LAST, summaryText.unitLine, styles.unitLine);
  sheet.next();
}
