/**
 * The name a downloaded workbook gets: `<name>-htx-plan.xlsx`, never the original name, so the
 * user's file is never overwritten by the download (DESIGN.md §3).
 */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls)$/i, '') || 'workbook';
  return `${base}-htx-plan.xlsx`;
}
