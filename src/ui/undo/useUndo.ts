/**
 * The state of "Hoàn tác": the journal's actions, the one being confirmed, and the cells left
 * alone by the last undo because the user had changed them since.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  journalActions,
  prepareUndo,
  undoAction,
  type ActionSummary,
  type PreparedUndo,
} from '../../app/undoAction';
import type { WorkbookPort } from '../../app/workbookPort';
import type { UndoConflict } from '../../core/plan/planUndo';
import { successNotice, useWorkbookAction } from '../check/useWorkbookAction';
import { useMessages } from '../messages/useMessages';
import { actionLabel } from './actionLabel';

export function useUndo(port: WorkbookPort) {
  const { t } = useMessages();
  const action = useWorkbookAction();
  const { run } = action;
  const [actions, setActions] = useState<ActionSummary[]>();
  const [confirming, setConfirming] = useState<{
    summary: ActionSummary;
    prepared: PreparedUndo;
  }>();
  const [kept, setKept] = useState<UndoConflict[]>([]);

  const refresh = useCallback(
    async () => setActions(journalActions(await port.readJournal())),
    [port],
  );
  useEffect(() => void run(refresh), [run, refresh]);

  const undo = async (summary: ActionSummary) => {
    setConfirming(undefined);
    const outcome = await undoAction(port, summary.action, new Date());
    setKept(outcome.conflicts);
    await refresh();
    const label = actionLabel(summary, t);
    if (outcome.cells > 0)
      return successNotice('undo.done', { action: label, cells: outcome.cells });
    if (outcome.ranges > 0) {
      return successNotice('undo.done.ranges', { action: label, ranges: outcome.ranges });
    }
    return successNotice('undo.done.plain', { action: label });
  };

  /**
   * Asks first when the undo deletes a sheet (which clears Excel's undo stack) or must leave
   * cells the user changed since; otherwise undoes at once.
   */
  const onUndo = (summary: ActionSummary) =>
    run(async () => {
      setKept([]);
      const prepared = await prepareUndo(port, summary.action, new Date());
      if (prepared.clearsUndoStack || prepared.conflicts.length > 0) {
        setConfirming({ summary, prepared });
        return;
      }
      return await undo(summary);
    });

  const confirm = () => {
    const pending = confirming;
    if (pending) void run(() => undo(pending.summary));
  };

  return {
    ...action,
    actions,
    confirming,
    kept,
    refresh: () => run(refresh),
    onUndo,
    confirm,
    cancel: () => setConfirming(undefined),
  };
}
