/** English wording of the task pane: every code of vi.ts, translated. */
import type { MessageCode } from './vi';

export const en: Record<MessageCode, string> = {
  'app.name': 'HTX Plan',
  'app.views': 'Features',
  'view.functions': 'HTX functions',

  'language.label': 'Language',
  'language.vi': 'Vietnamese',
  'language.en': 'English',

  'host.not-in-excel.title': 'Not running in Excel',
  'host.not-in-excel':
    'Open this page in Excel (Home › Add-ins › HTX Plan) to insert functions into a workbook. The function guide works here too.',

  'functions.intro':
    'The HTX functions compute attainment, averages, shares, growth… right in an Excel cell. Click “Insert” to write one into the selected cell.',
  'functions.search': 'Find a function',
  'functions.search.placeholder': 'Name or description, e.g. share',
  'functions.none': 'No function matches “{query}”.',
  'functions.other-name': 'In Vietnamese Excel: {name}',
  'functions.parameters': 'Arguments',
  'functions.optional': 'optional',
  'functions.range': 'range',
  'functions.result': 'Result',
  'functions.example': 'Example',
  'functions.insert': 'Insert',
  'functions.insert.unavailable': 'Inserting works only when the page runs in Excel.',

  'insert.form': 'Insert {name}',
  'insert.hint':
    'Type a cell (E12), a range (C5:C7), a cell on another sheet (\'PL I\'!G13), a number (4.5) or text in double quotes ("triệu đồng"); or select cells in Excel and click “Use selection”.',
  'insert.use-selection': 'Use selection',
  'insert.use-selection-for': 'Use selection for “{name}”',
  'insert.placeholder.cell': 'e.g. E12',
  'insert.placeholder.range': 'e.g. C5:C7',
  'insert.preview': 'Formula to write',
  'insert.target':
    'Select the cell for the result in Excel, then click “Insert into selected cell”.',
  'insert.submit': 'Insert into selected cell',
  'insert.close': 'Close',
  'insert.written.title': 'Inserted',
  'insert.written': 'Wrote {formula} into cell {address}.',
  'insert.cancelled': 'Nothing written: cell {address} is unchanged.',
  'insert.circular.title': 'Choose another cell',
  'insert.circular':
    'Cell {address} is one of the arguments, so the formula would refer to itself. Select another empty cell and click Insert again.',
  'insert.fix-arguments': 'Please correct the highlighted arguments.',

  'argument.missing': '“{name}” is required.',
  'argument.not-understood':
    '“{value}” is not a cell address, a number or text in double quotes. For example: E12, C5:C7, \'PL I\'!G13, 4.5 or "triệu đồng".',
  'argument.needs-range': '“{name}” needs a cell or a range, e.g. C5:C7.',
  'argument.needs-cell': '“{name}” needs a single cell, not a range: “{value}” has several cells.',
  'argument.ambiguous-number':
    '“{value}” is ambiguous, as Vietnamese writes thousands with a dot: write {whole} for the whole number, or {decimal} with a decimal comma.',

  'overwrite.title': 'Cell {address} already holds data — overwrite it?',
  'overwrite.content': 'It holds:',
  'overwrite.replacement': 'It would become:',
  'overwrite.confirm': 'Overwrite',
  'overwrite.cancel': 'Don’t write',

  'error.title': 'Could not do that',
  'error.cell-not-empty': 'Cell {address} already holds data.',
  'error.sheet-not-found': 'This workbook has no sheet named “{sheet}”.',
  'error.invalid-address':
    'Excel does not accept the address “{address}”. Select a cell and try again.',
  'error.cell-edit-mode':
    'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
  'error.access-denied':
    'Excel does not allow writing here; the sheet may be protected. ({detail})',
  'error.host-failed': 'Excel reported an error: {detail}',
  'error.unexpected': 'Unexpected error: {detail}',

  'view.check': 'Check',
  'view.calc': 'Calculations',
  'view.rules': 'Entry rules',
  'view.undo': 'Undo',

  'workbook.none.title': 'No workbook yet',
  'workbook.none': 'Open an .xlsx file, or open this page in Excel, to use this feature.',
  'workbook.read-only':
    'This workbook is read-only (an .xls file or a protected workbook): it can be checked, but nothing can be written to it.',
  'workbook.reading': 'Reading the workbook…',
  'workbook.reading.count': 'Read {done}/{total} cells',
  'cell.blank': '(blank)',
  'confirm.clears-undo.title': 'Excel will clear its undo history',
  'confirm.clears-undo':
    'This adds or deletes a sheet. Excel cannot undo that and will clear your Ctrl+Z list. htx-plan’s “Undo” tab still works afterwards.',
  'confirm.continue': 'Continue anyway',
  'confirm.cancel': 'Cancel',
  'done.title': 'Done',

  'check.intro':
    'Checks the appendix tables the way a careful reviewer would: totals and their parts, ratios, stock and flow between years, figures across tables.',
  'check.run': 'Check',
  'check.actions': 'Actions on the check results',
  'check.mark': 'Mark',
  'check.unmark': 'Remove marks',
  'check.export-sheet': 'Export to a sheet',
  'check.export-csv': 'Export CSV',
  'check.live': 'Re-check as figures are edited',
  'check.live.hint': 'Checks again 1.5 seconds after you edit or paste figures.',
  'check.done': 'Checked {tables} tables: {errors} errors, {warnings} warnings, {infos} notes.',
  'check.no-tables': 'No appendix table was found in this workbook.',
  'check.no-findings': 'No errors or warnings.',
  'check.findings': 'Check results',
  'check.sheet': 'Sheet {sheet}: {count} findings',
  'check.severity': '{severity}: {count}',
  'check.accepted-count': '{count} accepted (not counted)',
  'severity.error': 'Errors',
  'severity.warning': 'Warnings',
  'severity.info': 'Notes',
  'finding.go-to': 'Select cell {cell}',
  'finding.cells': 'Cells: {cells}',
  'finding.expected': 'Expected: {value}',
  'finding.actual': 'Found: {value}',
  'finding.suggestion': 'Suggestion: {text}',
  'finding.accepted': 'Accepted on {date}: {reason}',
  'finding.apply': 'Apply',
  'finding.apply.label': 'Apply the suggestion to cell {cell}',
  'finding.accept': 'Dismiss',
  'finding.accept.label': 'Dismiss the finding at cell {cell}',

  'apply.title': 'Write the suggested value into cell {cell}?',
  'apply.old': 'The cell holds:',
  'apply.new': 'It will hold:',
  'apply.confirm': 'Write the new value',
  'apply.cancel': 'Do not write',
  'apply.done': 'Wrote {value} into cell {cell} and checked again.',
  'apply.changed':
    'Cell {cell} changed since the check, so nothing was written. Look at its present value and confirm again.',

  'accept.title': 'Dismiss the finding at cell {cell}',
  'accept.reason': 'Reason',
  'accept.reason.hint': 'Required. The reason is kept in the workbook and shown in later checks.',
  'accept.reason.missing': 'Enter a reason before dismissing.',
  'accept.confirm': 'Dismiss the finding',
  'accept.cancel': 'Cancel',
  'accept.done': 'Dismissed the finding at cell {cell}; the reason is saved.',

  'mark.done': 'Marked {count} cells.',
  'mark.none': 'No cell needs marking.',
  'unmark.done': 'Removed the marks from {count} cells and restored their fills.',
  'unmark.none': 'No cell is marked.',
  'export.sheet.done': 'Exported {count} findings to the sheet “{sheet}”.',
  'export.csv.done': 'Created the file {file}.',
  'export.csv.unavailable': 'Files cannot be downloaded here.',

  'calc.intro':
    'Adds calculation columns in the empty columns right of a table. Nothing is inserted or shifted, and no cell holding data is overwritten.',
  'calc.table': 'Table',
  'calc.table.option': '{sheet}, {range}',
  'calc.kinds': 'Calculation columns',
  'calc.kind.attainment': '% of plan (estimate against plan)',
  'calc.kind.growth': 'Growth against the previous year',
  'calc.kind.share': 'Share of the total',
  'calc.style': 'Formula type',
  'calc.style.native': 'Excel formulas (recommended: correct on computers without the add-in)',
  'calc.style.htx': 'HTX functions',
  'calc.column': 'Target column (optional)',
  'calc.column.hint':
    'Leave empty to use the first empty columns right of the table, or name an empty column, e.g. K.',
  'calc.column.invalid': '“{value}” is not a column name; e.g. K.',
  'calc.choose-kind': 'Choose at least one calculation column.',
  'calc.preview': 'Preview',
  'calc.preview.title': '{count} cells will be written in column {columns}:',
  'calc.preview.cell': 'Cell',
  'calc.preview.content': 'Content',
  'calc.insert': 'Insert',
  'calc.inserted': 'Inserted {count} formulas in column {columns}.',
  'calc.changed':
    'The workbook changed since the preview, so nothing was written. Here is the new preview; check it and click Insert.',
  'calc.refused': '{detail}',
  'calc.table-not-found': 'Table {table} is no longer there. Read the workbook again.',
  'calc.no-tables': 'No appendix table was found to add calculation columns to.',
  'calc.reload': 'Read the workbook again',

  'native.title': 'Convert to Excel formulas',
  'native.intro':
    'Before sending the file away, rewrite HTX.* formulas as their Excel equivalents so computers without the add-in compute them too.',
  'native.run': 'Convert to Excel formulas',
  'native.done': 'Converted {count} formulas to Excel formulas.',
  'native.none': 'No HTX.* formula could be converted.',
  'native.unconverted': 'Could not convert {count} formulas (kept; they need the add-in):',
  'native.unconverted.item': '{cell}: ={formula}: {reason}',
  'native.caveats': 'Note: the Excel formulas differ from the HTX functions in these cases:',
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

  'rules.intro':
    'Adds Excel data validation to the input cells of the tables: whole numbers of 0 or more for counts, numbers of 0 or more for amounts, with prompts. Your own rules stay as they are.',
  'rules.add': 'Add entry rules',
  'rules.remove': 'Remove htx-plan’s rules',
  'rules.in-place': 'htx-plan’s rules are on {cells} cells ({ranges} ranges, {sheets} sheets).',
  'rules.none-in-place': 'No rule of htx-plan is in place.',
  'rules.added': 'Added entry rules to {cells} cells ({ranges} ranges, {sheets} sheets).',
  'rules.nothing': 'No input cell needs an entry rule.',
  'rules.removed': 'Removed htx-plan’s rules from {cells} cells ({ranges} ranges).',
  'rules.nothing-to-remove': 'No rule of htx-plan to remove.',
  'rules.unsupported': 'Data validation cannot be written here (Excel needs ExcelApi 1.8).',

  'undo.intro':
    'What htx-plan did to this workbook, newest first. Cells you changed after an action are kept, never overwritten.',
  'undo.native': 'In Excel, Ctrl+Z also undoes the latest action.',
  'undo.refresh': 'Reload',
  'undo.list': 'Action log',
  'undo.empty': 'htx-plan has not changed anything in this workbook.',
  'undo.action.mark': 'Marked {marks} cells',
  'undo.action.export': 'Exported the check results to sheet {sheets}',
  'undo.action.apply': 'Applied a suggestion ({writes} cells)',
  'undo.action.accept': 'Dismissed {accepted} findings',
  'undo.action.calc': 'Inserted {writes} calculation cells',
  'undo.action.native': 'Converted {writes} formulas to Excel formulas',
  'undo.action.rules': 'Added {ranges} entry-rule ranges',
  'undo.action.other':
    'Other action: {marks} cells marked, {writes} cells written, {ranges} rule ranges',
  'undo.at': 'At {time}, sheet {sheets}',
  'undo.undone': 'Undone at {time}',
  'undo.run': 'Undo',
  'undo.run.label': 'Undo: {action}',
  'undo.done': 'Undid “{action}”: restored {cells} cells.',
  'undo.done.ranges': 'Undid “{action}”: removed {ranges} rule ranges.',
  'undo.done.plain': 'Undid “{action}”.',
  'undo.conflicts': 'Kept {count} cells you changed after the action:',
  'undo.conflict': '{cell}: htx-plan wrote {written}, the cell now holds {now}',
  'undo.confirm.title': 'Undo “{action}”?',
  'undo.confirm': 'Undo',

  // The web app (src/web, src/ui/files, src/ui/grid).
  'web.open': 'Open files',
  'web.open.label': 'Open .xlsx or .xls files (you can pick several)',
  'web.sample': 'Open the example',
  'web.sample.name': 'Example Lang Son 2024.xlsx',
  'web.download': 'Download',
  'web.download.hint':
    'Downloads the workbook on screen as “{name}”; the original file stays as it was.',
  'web.download.xls':
    'An .xls file can be checked but not downloaded with changes. Open it in Excel, save it as .xlsx and open that here.',
  'web.drop': 'Drop files here to open them',
  'web.welcome.title': 'Check the appendices of the cooperative-economy plan in your browser',
  'web.welcome':
    'Open one or several .xlsx appendix workbooks (for example the districts’ submissions), or drop them onto the page. Files are processed on this computer and sent nowhere.',
  'web.welcome.sample':
    'No file at hand? Click “Open the example” to try it with Lang Son’s figures.',
  'web.progress.read': 'Reading {file}…',
  'web.progress.check': 'Checking {file}: sheet {done} of {total}',
  'web.failed.title': 'Could not open {file}',
  'web.failed.empty': 'The file is empty.',
  'web.failed.not-a-workbook': 'This is not an Excel workbook (.xlsx or .xls).',
  'web.failed.ods': 'This is a LibreOffice file (.ods); save it as .xlsx and open it again.',
  'web.failed.csv': 'This is a text (CSV) file; open it in Excel and save it as .xlsx.',
  'web.failed.encrypted':
    'The file is password-protected; remove the password in Excel and open it again.',
  'web.failed.corrupt': 'The file is damaged and cannot be read.',
  'web.failed.unreadable': 'The browser could not read this file.',
  'web.failed.unexpected': 'Unexpected error: {detail}',
  'web.no-tables.title': 'No appendix table in {file}',
  'web.no-tables':
    'No sheet holds an indicator table with period columns (actual, plan, estimate…). The sheets can still be viewed below.',
  'web.xls.title': '{file} is an .xls file',
  'web.xls':
    'An .xls file can only be checked. To mark, fix or download it, open it in Excel and save it as .xlsx.',
  'web.dismiss': 'Dismiss',
  'files.switcher': 'File on screen',
  'files.report': 'All files',
  'files.report.file': 'File',
  'files.report.status': 'Status',
  'files.report.total': 'Total of {count} files',
  'files.status.reading': 'Reading',
  'files.status.ready': 'Checked',
  'files.status.no-tables': 'No appendix table',
  'files.status.failed': 'Could not open',
  'files.export-csv': 'Export CSV',
  'files.export-csv.label': 'Export every finding of every file as a CSV file',
  'files.csv.name': 'check-results',
  'files.csv.file': 'File',
  'files.csv.sheet': 'Sheet',
  'files.csv.cell': 'Cell',
  'files.csv.rule': 'Rule',
  'files.csv.severity': 'Severity',
  'files.csv.message': 'Message',
  'files.csv.expected': 'Expected',
  'files.csv.actual': 'Actual',
  'files.csv.suggestion': 'Suggestion',
  'files.csv.accepted': 'Accepted',
  'grid.label': 'Sheet {sheet} (read-only)',
  'grid.sheets': 'Sheets',
  'grid.hidden': '{sheet} (hidden)',
  'grid.findings': '{sheet}: {count} findings',
  'view.summary': 'Summary',
  'summary.intro':
    'Adds the sheet “Tổng hợp KH” with the plan year, laid out as an official appendix: key indicators (actual, plan, estimate, attainment, growth), cooperatives by sector, funding by source, the state of the checks and draft sentences for the report. Every figure is a formula pointing at its source cell, so it stays live; no other sheet is changed.',
  'summary.province': 'Province or city (leave blank if the file says it)',
  'summary.year': 'Plan year (leave blank if the file says it)',
  'summary.year-invalid': 'Not a year: type four digits, for example 2024.',
  'summary.create': 'Create the summary sheet',
  'summary.created': 'Added the sheet “{sheet}”.',
  'summary.no-table': 'No appendix table was found in the workbook, so no summary sheet was made.',
  'summary.note.province-unknown':
    'The file does not name its province: the agency and place lines are blank; type the province and create it again.',
  'summary.note.year-unknown':
    'The plan year could not be found: the sheet name and title carry no year; type the year and create it again.',
  'summary.note.no-indicators':
    'None of the key indicators was found; the sheet has no indicator table.',
  'summary.note.no-sector-table':
    'No table of cooperatives by sector; the sector section is left out.',
  'summary.note.no-funding-table':
    'No table of funding by source; the funding section is left out.',
  'summary.note.text-numbers':
    'Some source cells hold numbers typed as text; the summary uses the numbers read until those cells are typed again as numbers.',
};
