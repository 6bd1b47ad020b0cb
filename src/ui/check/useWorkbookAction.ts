/**
 * Runs one workbook action at a time and turns its outcome into a notice: the action returns
 * the success (or warning) notice saying what it did, and any rejection becomes an error
 * notice (DESIGN.md §6: host failures are translated where they happen, never swallowed).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorNotice, type Notice } from '../notice';

export interface WorkbookAction {
  busy: boolean;
  notice?: Notice;
  setNotice(notice: Notice | undefined): void;
  /** Runs `action` unless one is running; resolves when it has settled. */
  run(action: () => Promise<Notice | undefined | void>): Promise<void>;
}

export function useWorkbookAction(): WorkbookAction {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const running = useRef(false);
  // A view can be left (another tab) while its action runs: no state updates after that.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (action: () => Promise<Notice | undefined | void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setNotice(undefined);
    try {
      const outcome = await action();
      if (mounted.current) setNotice(outcome ?? undefined);
    } catch (error) {
      if (mounted.current) setNotice(errorNotice(error));
    } finally {
      running.current = false;
      if (mounted.current) setBusy(false);
    }
  }, []);

  return { busy, notice, setNotice, run };
}

/** A success notice: "Đã xong" over what was done. */
export function successNotice(message: Notice['message'], params?: Notice['params']): Notice {
  return { intent: 'success', title: 'done.title', message, ...(params ? { params } : {}) };
}
