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
