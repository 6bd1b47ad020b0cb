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
};
