/**
 * The state and actions of the "Kiểm tra" view: the last check (with the snapshot it read),
 * read progress, the pending confirmations, and each action as use case → notice.
 */
import { useCallback, useState } from 'react';
import { acceptFinding } from '../../app/acceptFinding';
import { applySuggestion } from '../../app/applySuggestion';
import { exportFindingsSheet, prepareExport, type PreparedExport } from '../../app/exportFindings';
import { findingsCsv } from '../../app/findingsCsv';
import { markFindings, unmarkFindings } from '../../app/markFindings';
import { reportDocument, summarise } from '../../app/reportDocument';
import { runCheck, type CheckRun } from '../../app/runCheck';
import type { WorkbookPort } from '../../app/workbookPort';
import { suggestionChange, type SuggestionChange } from '../../core/plan/planApplySuggestion';
import { qualifiedAddress } from '../../core/workbook/address';
import type { Finding } from '../../core/rules/finding';
import { useMessages } from '../messages/useMessages';
import { errorNotice, type Notice } from '../notice';
import { cellWriteText } from './cellText';
import { firstCell } from './groupFindings';
import { successNotice, useWorkbookAction } from './useWorkbookAction';
import type { SaveFile } from '../../app/ports';

export interface Progress {
  done: number;
  total: number;
}

export function useCheck(port: WorkbookPort, saveFile?: SaveFile) {
  const { t, language } = useMessages();
  const action = useWorkbookAction();
  const { run: perform, setNotice } = action;
  const [result, setResult] = useState<CheckRun>();
  const [progress, setProgress] = useState<Progress>();
  const [applying, setApplying] = useState<{ finding: Finding; change: SuggestionChange }>();
  const [accepting, setAccepting] = useState<Finding>();
  const [exporting, setExporting] = useState<PreparedExport>();

  const check = useCallback(async () => {
    setProgress({ done: 0, total: 0 });
    try {
      const checked = await runCheck(port, {
        onProgress: (done, total) => setProgress({ done, total }),
      });
      setResult(checked);
      return checked;
    } finally {
      setProgress(undefined);
    }
  }, [port]);

  const onCheck = () => perform(async () => checkedNotice(await check()));

  /** The live mode's re-check: quiet when it goes well, so it does not hide the last notice. */
  const recheck = useCallback(() => perform(async () => void (await check())), [perform, check]);

  const onSelect = async (finding: Finding) => {
    const cell = firstCell(finding);
    if (!cell) return;
    try {
      await port.selectCell(cell.sheet, cell.address);
    } catch (error) {
      setNotice(errorNotice(error));
    }
  };

  const onApply = (finding: Finding) => {
    if (!result) return;
    try {
      setApplying({ finding, change: suggestionChange(finding, result.snapshot) });
    } catch (error) {
      setNotice(errorNotice(error));
    }
  };

  const confirmApply = () =>
    perform(async () => {
      if (!applying) return;
      setApplying(undefined);
      const outcome = await applySuggestion(port, applying.finding, applying.change, new Date());
      const cell = qualifiedAddress(outcome.change.sheet, outcome.change.address);
      if (outcome.status === 'changed') {
        setApplying({ finding: applying.finding, change: outcome.change });
        return { intent: 'warning', message: 'apply.changed', params: { cell } };
      }
      await check();
      const value = cellWriteText(outcome.change.next, language, t('cell.blank'));
      return successNotice('apply.done', { value, cell });
    });

  const confirmAccept = (reason: string) =>
    perform(async () => {
      if (!accepting) return;
      setAccepting(undefined);
      await acceptFinding(port, accepting, reason, new Date());
      await check();
      return successNotice('accept.done', { cell: accepting.cells[0] ?? '' });
    });

  const onMark = () =>
    perform(async () => {
      const { cells } = await markFindings(port, { lang: language, now: new Date() });
      return cells > 0 ? successNotice('mark.done', { count: cells }) : info('mark.none');
    });

  const onUnmark = () =>
    perform(async () => {
      const { cells } = await unmarkFindings(port, new Date());
      return cells > 0 ? successNotice('unmark.done', { count: cells }) : info('unmark.none');
    });

  const exportSheet = async (prepared: PreparedExport) => {
    setExporting(undefined);
    const { sheet, findings } = await exportFindingsSheet(port, prepared);
    return successNotice('export.sheet.done', { sheet, count: findings });
  };

  // Where adding a sheet clears Excel's undo stack, the user is asked first (DESIGN.md §5).
  const onExportSheet = () =>
    perform(async () => {
      const prepared = await prepareExport(port, { lang: language, now: new Date() });
      if (!prepared.clearsUndoStack) return await exportSheet(prepared);
      setExporting(prepared);
    });

  const onExportCsv = () => {
    if (!result || !saveFile) return;
    const name = language === 'vi' ? 'ket-qua-kiem-tra.csv' : 'check-results.csv';
    const content = findingsCsv(reportDocument(name, result, language), language);
    try {
      saveFile({ name, type: 'text/csv;charset=utf-8', content });
      setNotice(successNotice('export.csv.done', { file: name }));
    } catch (error) {
      setNotice(errorNotice(error));
    }
  };

  return {
    ...action,
    result,
    progress,
    applying,
    accepting,
    exporting,
    onCheck,
    recheck,
    onSelect,
    onApply,
    confirmApply,
    cancelApply: () => setApplying(undefined),
    onAccept: setAccepting,
    confirmAccept,
    cancelAccept: () => setAccepting(undefined),
    onMark,
    onUnmark,
    onExportSheet,
    confirmExport: () => exporting && perform(() => exportSheet(exporting)),
    cancelExport: () => setExporting(undefined),
    onExportCsv,
  };
}

function checkedNotice(checked: CheckRun): Notice {
  if (checked.tables.length === 0) return { intent: 'warning', message: 'check.no-tables' };
  const { errors, warnings, infos } = summarise(checked.findings);
  return successNotice('check.done', { tables: checked.tables.length, errors, warnings, infos });
}

const info = (message: Notice['message']): Notice => ({ intent: 'info', message });
