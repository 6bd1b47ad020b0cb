/** English messages of the command line (`--lang en`). */
export const en: Record<string, string> = {
  'read.not-found': '{file}: file not found.',
  'read.unreadable': '{file}: the file cannot be read.',
  'read.empty': '{file}: the file is empty.',
  'read.not-a-workbook': '{file}: not an Excel workbook (.xlsx or .xls).',
  'read.ods': '{file}: an OpenDocument file (.ods); save it as .xlsx, then check it.',
  'read.csv': '{file}: a text (CSV) file; open it in Excel and save it as .xlsx.',
  'read.encrypted': '{file}: the file is password-protected; remove the password, then check it.',
  'read.corrupt': '{file}: the file is damaged and cannot be read.',
  'read.no-table': '{file}: no appendix table was found in the file.',
  'usage.unknownCommand': 'Unknown command: {command}. See htx-plan --help.',
  'usage.unknownOption': 'Unknown option: {option}. See htx-plan --help.',
  'usage.noFiles': 'The {command} command needs at least one file.',
  'usage.missingValue': 'The option {option} needs a value.',
  'usage.badLang': 'Unsupported language: {value} (use vi or en).',
  'usage.badYear': 'Not a year: {value} (for example 2024).',
  'report.file': 'File {file}',
  'report.tables': '{count} appendix tables',
  'report.sheet': 'Sheet {sheet}',
  'report.noFindings': 'No errors or warnings.',
  'report.expected': 'expected: {value}',
  'report.actual': 'found: {value}',
  'report.suggestion': 'Suggestion: {reason}',
  'report.accepted': 'accepted: {reason} ({date})',
  'report.summary': '{errors} errors, {warnings} warnings, {infos} notes',
  'report.total': 'In all {files} files: {errors} errors, {warnings} warnings, {infos} notes',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Note',
  'read.journal':
    '{file}: the record of htx-plan changes in the file is damaged; nothing is written so it is not lost.',
  'usage.oneFile': 'The {command} command takes exactly one file.',
  'usage.noOutput': 'The {command} command needs an output file: -o FILE.xlsx.',
  'write.same-as-input':
    '{output}: this is the input file; htx-plan never writes over its input. Choose another name.',
  'write.exists': '{output}: the file exists. Choose another name, or add --force to replace it.',
  'write.xls':
    '{file}: an .xls (Excel 97-2003) file can be checked but not written; save it as .xlsx first.',
  'write.failed': '{output}: the file could not be written ({reason}).',
  'mark.done':
    'Wrote {output}: {cells} cells with findings filled; the sheet “{sheet}” lists {findings} findings ({errors} errors, {warnings} warnings, {infos} notes).',
  'native.done':
    'Wrote {output}: {converted} formulas rewritten as native Excel formulas, {unconverted} formulas keep their HTX functions.',
  'native.none': 'The file has no formula that uses an HTX function.',
  'native.convertedHeading': 'Rewritten (cell: old formula → new formula):',
  'native.unconvertedHeading': 'Not rewritten (kept as they are; they need the add-in):',
  'native.caveatsHeading':
    'Note: the native formulas differ from the HTX functions in these cases:',
  'native.reason.capital-split':
    'CAPITAL_SPLIT rounds by largest remainder and fills several cells; native Excel (and LibreOffice 7.4) has no compact equivalent.',
  'native.reason.unit-in-cell':
    'the units come from cells: the factor depends on what the cells say, known only at calculation time; write the units in the formula.',
  'native.reason.unknown-unit': 'a unit is not recognised (the HTX function gives #VALUE! too).',
  'native.reason.incompatible-units':
    'the two units do not convert into each other (the HTX function gives #VALUE! too).',
  'native.reason.argument-count': 'the number of arguments is wrong.',
  'native.reason.missing-argument': 'a required argument is missing (the HTX function gives #N/A).',
  'native.reason.text-not-a-number':
    'an argument is text that cannot be read as a number (the HTX function gives #VALUE!).',
  'native.reason.unparsable': 'the formula could not be read.',
  'native.caveat.text-numbers':
    'Numbers stored as text in cells (such as "1.022"): HTX reads them the Vietnamese way (1022); native arithmetic reads them by the machine\'s locale (1.022 under English) or gives #VALUE!.',
  'native.caveat.blank-as-zero':
    'Blank cells: HTX gives #N/A (missing value); native formulas count them as 0 (giving 0 or #DIV/0!).',
  'native.caveat.negative-plan':
    'ATTAINMENT with a negative plan: HTX gives #NUM!; the native formula gives a negative ratio.',
  'native.caveat.sum-skips-text':
    'IMBALANCE: SUM skips text in the parts; HTX reads number text and gives #VALUE! for other text.',
  'native.caveat.pairs-skip-text-numbers':
    'WEIGHTED_AVERAGE: pairs holding number text are skipped (HTX reads them); no pair at all gives #DIV/0! instead of #N/A; an error cell in the ranges makes the formula an error; LibreOffice counts TRUE as 1.',
  'native.caveat.number-text-forms':
    'NUMBER of a cell: reads "1.022", "1.022,5", "02", "34,3%" alike; but "1.5" gives 15, words with the number ("khoảng 600", "2,2 tỷ") and ranges ("15 - 20") give #VALUE!, a blank gives #VALUE! (LibreOffice) or 0 (Excel).',
  'summary.done':
    'Wrote {output}: added the sheet “{sheet}” summarising {tables} appendix tables (every figure a formula pointing at its source cell); checks: {errors} errors, {warnings} warnings, {infos} notes.',
  'summary.note.province-unknown':
    'Note: the file does not name its province; the agency and place lines are left blank (use --province NAME).',
  'summary.note.year-unknown':
    'Note: the plan year could not be found; the sheet name and title carry no year (use --year YEAR).',
  'summary.note.no-indicators':
    'Note: none of the key indicators (counts, members, workers, averages) was found; the sheet has no indicator table.',
  'summary.note.no-sector-table':
    'Note: no table of cooperatives by sector; the sector section is left out.',
  'summary.note.no-funding-table':
    'Note: no table of funding by source; the funding section is left out.',
  'summary.note.text-numbers':
    'Note: some source cells hold numbers typed as text; the summary uses the numbers htx-plan read until those cells are typed again as numbers.',
  'summary.chartSkipped':
    'The chart ({charts}) is drawn only when the summary is made in Excel; in this file the data bars of the estimate/plan column show the attainment.',
  'error.unexpected': 'Unexpected error: {message}',
};
