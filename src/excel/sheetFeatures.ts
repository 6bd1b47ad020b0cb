/**
 * Sheet-level parts of a plan in Office.js terms: data validation (ExcelApi 1.8), conditional
 * formats (1.6), frozen panes (1.7), page setup (1.9). Each is a function of a worksheet proxy;
 * the caller checks the requirement set first.
 */
import type { ConditionalFormat, DataValidationRule, PrintSetup } from '../core/plan/editPlan';
import { columnLetters } from '../core/workbook/address';
import { officeColor } from './officeStyle';

const OPERATORS = {
  between: 'Between',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
  equal: 'EqualTo',
} as const;

/**
 * A plan's formula operand (OOXML style, no "="), as Office.js takes it: a number as a number,
 * anything else as a formula string "=…"
 * (https://learn.microsoft.com/javascript/api/excel/excel.basicdatavalidation).
 */
function operand(formula: string | undefined): string | number | undefined {
  if (formula === undefined) return undefined;
  const text = formula.replace(/^=/, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : `=${text}`;
}

export function officeValidationRule(rule: DataValidationRule): Excel.DataValidationRule {
  if (rule.type === 'list') {
    // A quoted list ("a,b,c") is the items themselves; anything else a range or formula.
    const source = rule.formula1 ?? '';
    const quoted = /^"(.*)"$/.exec(source);
    return {
      list: { inCellDropDown: true, source: quoted ? quoted[1] : `=${source.replace(/^=/, '')}` },
    };
  }
  if (rule.type === 'custom')
    return { custom: { formula: `=${(rule.formula1 ?? '').replace(/^=/, '')}` } };
  const basic: Excel.BasicDataValidation = {
    formula1: operand(rule.formula1) ?? 0,
    ...(rule.formula2 !== undefined && { formula2: operand(rule.formula2) }),
    operator:
      OPERATORS[rule.operator ?? (rule.formula2 !== undefined ? 'between' : 'greaterThanOrEqual')],
  };
  if (rule.type === 'whole') return { wholeNumber: basic };
  if (rule.type === 'decimal') return { decimal: basic };
  return { textLength: basic };
}

export function addValidation(range: Excel.Range, rule: DataValidationRule): void {
  const validation = range.dataValidation;
  validation.rule = officeValidationRule(rule);
  validation.ignoreBlanks = rule.allowBlank ?? true;
  if (rule.prompt) validation.prompt = { showPrompt: true, ...rule.prompt };
  if (rule.error) {
    const style = ({ stop: 'Stop', warning: 'Warning', information: 'Information' } as const)[
      rule.error.style
    ];
    validation.errorAlert = {
      showAlert: true,
      style,
      title: rule.error.title,
      message: rule.error.message,
    };
  }
}

const ICON_SETS = {
  '3TrafficLights1': 'ThreeTrafficLights1',
  '3Arrows': 'ThreeArrows',
  '3Symbols': 'ThreeSymbols',
} as const;

/** https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting */
export function addConditionalFormat(range: Excel.Range, format: ConditionalFormat): void {
  if (format.kind === 'dataBar') {
    const bar = range.conditionalFormats.add('DataBar' as Excel.ConditionalFormatType).dataBar;
    bar.positiveFormat.fillColor = officeColor(format.color);
    bar.lowerBoundRule =
      format.min === undefined
        ? { type: 'LowestValue' }
        : { type: 'Number', formula: String(format.min) };
    bar.upperBoundRule =
      format.max === undefined
        ? { type: 'HighestValue' }
        : { type: 'Number', formula: String(format.max) };
    return;
  }
  const icons = range.conditionalFormats.add('IconSet' as Excel.ConditionalFormatType).iconSet;
  icons.style = ICON_SETS[format.icons];
  // The first criterion is implied (below the second threshold); Office.js wants it empty.
  icons.criteria = [
    {} as Excel.ConditionalIconCriterion,
    ...format.thresholds.map((threshold) => ({
      type: 'Number' as const,
      operator: 'GreaterThanOrEqual' as const,
      formula: `=${threshold}`,
    })),
  ];
}

/** https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes */
export function freeze(worksheet: Excel.Worksheet, rows: number, columns: number): void {
  const panes = worksheet.freezePanes;
  if (rows > 0 && columns > 0) panes.freezeAt(`A1:${columnLetters(columns - 1)}${rows}`);
  else if (rows > 0) panes.freezeRows(rows);
  else if (columns > 0) panes.freezeColumns(columns);
  else panes.unfreeze();
}

/** https://learn.microsoft.com/javascript/api/excel/excel.pagelayout */
export function setUpPrinting(worksheet: Excel.Worksheet, setup: PrintSetup): void {
  const layout = worksheet.pageLayout;
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = setup.paper;
  // One page wide, as many tall as needed (0: automatic, as `fitToHeight="0"` in the file).
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.titleRows) layout.setPrintTitleRows(absoluteRows(setup.titleRows));
}

function absoluteRows(rows: string): string {
  return rows
    .split(':')
    .map((row) => `$${row.replace(/\$/g, '')}`)
    .join(':');
}
