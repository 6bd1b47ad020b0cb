/**
 * legacy-encoding: the sheet's text was typed in TCVN3 (.VnTime) or VNI and was converted for
 * reading; the user may want to convert the file to Unicode for good. The finding points at the
 * first converted cell, so the user can see one.
 */
import type { Rule } from './rule';

const NAMES = { tcvn3: 'TCVN3', vni: 'VNI' } as const;

export const legacyEncoding: Rule = {
  id: 'legacy-encoding',
  severity: 'info',
  appliesTo: () => false,
  checkWorkbook: ({ notes }) =>
    notes.flatMap((note) =>
      note.legacyEncoding
        ? [
            {
              rule: 'legacy-encoding' as const,
              severity: 'info' as const,
              sheet: note.sheet,
              cells: note.legacyCell ? [note.legacyCell] : [],
              messageKey: 'legacy-encoding',
              params: { encoding: NAMES[note.legacyEncoding] },
            },
          ]
        : [],
    ),
};
