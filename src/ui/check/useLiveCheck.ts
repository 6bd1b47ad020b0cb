/**
 * The live mode: re-check 1,5 s after the user's last edit. Pasting bypasses Excel's own data
 * validation (issue 5), so a check that follows edits catches what the entry rules cannot.
 * The whole workbook is re-checked, not only the edited sheets: cross-table rules compare
 * sheets with each other, so an edit on one sheet can make or clear a finding on another.
 */
import { useEffect, useRef } from 'react';
import type { WorkbookPort } from '../../app/workbookPort';

export const liveDelayMs = 1500;

export function useLiveCheck(port: WorkbookPort, enabled: boolean, recheck: () => void): void {
  // The latest callback, so re-renders do not resubscribe to the host's events.
  const latest = useRef(recheck);
  latest.current = recheck;
  useEffect(() => {
    if (!enabled || !port.onUserEdit) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = port.onUserEdit(() => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), liveDelayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [port, enabled]);
}
