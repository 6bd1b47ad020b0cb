/**
 * Applies an edit plan to an .xlsx package by patching it (DESIGN.md §3): unzip, change only the
 * parts the plan touches, at element level, zip again. Every other part goes back byte for byte.
 * Works in Node and in the browser.
 */
import type { EditPlan, ExistingSheetEdit, SheetEdit } from '../../core/plan/editPlan';
import type { JournalEntry } from '../../core/plan/journal';
import { XlsxPackage } from './xlsxPackage';
import {
  readSheets,
  setActiveTab,
  setFullCalcOnLoad,
  setLocalDefinedName,
  workbookPathOf,
  type WorkbookSheet,
} from './workbookPart';
import { StylesPart } from './stylesPart';
import { SharedStrings } from './sharedStrings';
import { patchWorksheet } from './patchWorksheet';
import { addWorksheet } from './newWorksheet';
import { sheetNameKey, uniqueSheetName } from '../../core/workbook/uniqueSheetName';
import { isTabSelected, setTabSelected } from './sheetView';
import { appendJournal } from './journalPart';
import { removeCalcChain } from './calcChain';
import { removeSheet } from './removeSheet';
import { EditPlanError } from './editPlanError';

export interface AppliedPlan {
  bytes: Uint8Array;
  /** The names the new sheets got, in the plan's order ("Kết quả kiểm tra (2)" when taken). */
  newSheetNames: string[];
  /**
   * Charts of the plan that were not written: drawing them needs Excel (a chart part is a
   * DrawingML document of its own, and only Excel lays it out). Plans with charts read well
   * without them (ChartSpec); the caller tells the user.
   */
  skippedCharts: SkippedChart[];
}

export interface SkippedChart {
  sheet: string;
  title: string;
}

export async function applyEditPlan(bytes: Uint8Array, plan: EditPlan): Promise<AppliedPlan> {
  const pkg = XlsxPackage.open(bytes);
  const workbookPath = workbookPathOf(pkg);
  const styles = new StylesPart(pkg, workbookPath);
  const strings = new SharedStrings(pkg, workbookPath);

  const newSheetNames = plan.newSheets.map((sheet) => {
    const name = uniqueSheetName(
      sheet.name,
      readSheets(pkg, workbookPath).map((s) => s.name),
    );
    addWorksheet(pkg, workbookPath, name);
    return name;
  });
  const sheets = readSheets(pkg, workbookPath);
  const targets: { sheet: WorkbookSheet; index: number; edit: SheetEdit }[] = [
    ...plan.edits.map((edit) => ({ ...sheetNamed(sheets, edit), edit: withoutName(edit) })),
    ...plan.newSheets.map((edit, i) => ({
      ...sheetNamed(sheets, { sheet: newSheetNames[i] }),
      edit,
    })),
  ];

  let wroteFormula = false;
  let replacedFormula = false;
  const context = {
    sharedString: (text: string) => strings.indexOf(text),
    styleFor: (base: number, style: Parameters<StylesPart['styleFor']>[1]) =>
      styles.styleFor(base, style),
  };
  const skippedCharts: SkippedChart[] = [];
  for (const { sheet, index, edit } of targets) {
    for (const chart of edit.charts ?? [])
      skippedCharts.push({ sheet: sheet.name, title: chart.title });
    const patched = patchWorksheet(pkg.text(sheet.part), edit, context);
    pkg.setText(sheet.part, patched.xml);
    wroteFormula ||= patched.wroteFormula;
    replacedFormula ||= patched.replacedFormula;
    const titleRows = edit.printSetup?.titleRows;
    if (titleRows)
      setLocalDefinedName(
        pkg,
        workbookPath,
        '_xlnm.Print_Titles',
        index,
        printTitles(sheet.name, titleRows),
      );
  }

  const activeIndex = plan.newSheets.map((sheet) => sheet.activate === true).lastIndexOf(true);
  if (activeIndex >= 0) activate(pkg, workbookPath, sheets, newSheetNames[activeIndex]);
  if (wroteFormula) setFullCalcOnLoad(pkg, workbookPath);
  // Excel calls a file damaged when its calculation chain lists a cell that no longer holds a
  // formula; without the chain it simply rebuilds one.
  if (replacedFormula) removeCalcChain(pkg, workbookPath);
  for (const name of plan.removeSheets ?? []) {
    const current = readSheets(pkg, workbookPath);
    removeSheet(pkg, workbookPath, sheetNamed(current, { sheet: name }).index);
  }
  appendJournal(pkg, workbookPath, journalWithNames(plan, newSheetNames));
  strings.save();
  styles.save();
  return { bytes: pkg.toBytes(), newSheetNames, skippedCharts };
}

function sheetNamed(
  sheets: WorkbookSheet[],
  edit: { sheet: string },
): { sheet: WorkbookSheet; index: number } {
  let index = sheets.findIndex((s) => s.name === edit.sheet);
  if (index < 0) index = sheets.findIndex((s) => sheetNameKey(s.name) === sheetNameKey(edit.sheet));
  if (index < 0 || !sheets[index].part) throw new EditPlanError(`No sheet named ${edit.sheet}`);
  return { sheet: sheets[index], index };
}

function withoutName(edit: ExistingSheetEdit): SheetEdit {
  const { sheet: _sheet, ...rest } = edit;
  return rest;
}

/** `'PL I'!$1:$6` for rows "1:6". */
function printTitles(sheet: string, rows: string): string {
  const match = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!match) throw new EditPlanError(`Print title rows must look like "1:6", not ${rows}`);
  return `'${sheet.replace(/'/g, "''")}'!$${match[1]}:$${match[2] ?? match[1]}`;
}

function activate(
  pkg: XlsxPackage,
  workbookPath: string,
  sheets: WorkbookSheet[],
  name: string,
): void {
  const index = sheets.findIndex((sheet) => sheet.name === name);
  setActiveTab(pkg, workbookPath, index);
  sheets.forEach((sheet, i) => {
    const xml = pkg.text(sheet.part);
    if (i === index) pkg.setText(sheet.part, setTabSelected(xml, true));
    else if (isTabSelected(xml)) pkg.setText(sheet.part, setTabSelected(xml, false));
  });
}

/** A "sheet" entry names the sheet as planned; it records the name the sheet really got. */
function journalWithNames(plan: EditPlan, newSheetNames: string[]): JournalEntry[] {
  return plan.journal.map((entry) => {
    if (entry.kind !== 'sheet') return entry;
    const i = plan.newSheets.findIndex((sheet) => sheet.name === entry.sheet);
    return i >= 0 ? { ...entry, sheet: newSheetNames[i] } : entry;
  });
}
