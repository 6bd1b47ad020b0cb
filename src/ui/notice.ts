/**
 * What the pane tells the user after an action, as data: a message code and its values. Host
 * errors become notices here, so none is swallowed and each reads in the user's language.
 */
import { WorkbookError, type WorkbookErrorCode } from '../app/workbookErrors';
import type { MessageCode, MessageParams } from './messages/useMessages';

export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  title?: MessageCode;
  message: MessageCode;
  params?: MessageParams;
}

const workbookErrorMessages: Record<WorkbookErrorCode, MessageCode> = {
  'cell-not-empty': 'error.cell-not-empty',
  'sheet-not-found': 'error.sheet-not-found',
  'invalid-address': 'error.invalid-address',
  'cell-edit-mode': 'error.cell-edit-mode',
  'access-denied': 'error.access-denied',
  'host-failed': 'error.host-failed',
};

export function errorNotice(error: unknown): Notice {
  if (error instanceof WorkbookError) {
    return {
      intent: 'error',
      title: 'error.title',
      message: workbookErrorMessages[error.code],
      params: error.params,
    };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { intent: 'error', title: 'error.title', message: 'error.unexpected', params: { detail } };
}
