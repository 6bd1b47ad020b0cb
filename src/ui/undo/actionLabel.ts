/** An action of the journal in words: "Đánh dấu 14 ô", "Chèn 12 ô tính toán". */
import type { ActionSummary } from '../../app/undoAction';
import type { Messages } from '../messages/useMessages';

export function actionLabel(summary: ActionSummary, t: Messages['t']): string {
  const params = {
    marks: summary.marks,
    writes: summary.writes,
    ranges: summary.ranges,
    accepted: summary.accepted,
    sheets: summary.sheets.map((sheet) => `“${sheet}”`).join(', '),
  };
  switch (summary.kind) {
    case 'mark':
    case 'export':
    case 'apply':
    case 'accept':
    case 'calc':
    case 'native':
    case 'rules':
      return t(`undo.action.${summary.kind}`, params);
    case undefined:
      return t('undo.action.other', params);
  }
}
