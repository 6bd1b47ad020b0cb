/**
 * Built-in number formats that need no `<numFmt>` entry. Only the ones whose code reads the same
 * in every Excel locale are listed; any other code gets a custom id (164 and up).
 */
export const builtInNumberFormats: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** The first id Excel leaves to workbook-defined formats. */
export const firstCustomNumberFormatId = 164;
