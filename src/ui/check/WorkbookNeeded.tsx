import { NoticeBar } from '../NoticeBar';

/** Shown instead of a workbook view when the host has no workbook (the guide in a browser). */
export function WorkbookNeeded() {
  return (
    <NoticeBar
      notice={{ intent: 'info', title: 'workbook.none.title', message: 'workbook.none' }}
    />
  );
}
