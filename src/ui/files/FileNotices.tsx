/**
 * What the user must know about the open files: the ones that could not be opened (with why,
 * in words an official understands), a workbook with no appendix table, an .xls that can only
 * be checked, and progress while files are read. Each message can be dismissed; the app goes on.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages, type MessageCode } from '../messages/useMessages';
import type { FileErrorCode, OpenedFile } from './openedFile';

const errorMessages: Record<FileErrorCode, MessageCode> = {
  empty: 'web.failed.empty',
  'not-a-workbook': 'web.failed.not-a-workbook',
  ods: 'web.failed.ods',
  csv: 'web.failed.csv',
  encrypted: 'web.failed.encrypted',
  corrupt: 'web.failed.corrupt',
  unreadable: 'web.failed.unreadable',
  unexpected: 'web.failed.unexpected',
};

interface Notice {
  key: string;
  intent: 'error' | 'warning' | 'info';
  title: string;
  message: string;
}

function noticesOf(
  files: readonly OpenedFile[],
  current: OpenedFile | undefined,
  t: ReturnType<typeof useMessages>['t'],
): Notice[] {
  const notices: Notice[] = [];
  for (const file of files) {
    if (file.state === 'failed') {
      notices.push({
        key: `${file.id}-failed`,
        intent: 'error',
        title: t('web.failed.title', { file: file.name }),
        message: t(errorMessages[file.error], { detail: file.detail ?? '' }),
      });
    } else if (file.state === 'ready' && file.opened.tableCount === 0) {
      notices.push({
        key: `${file.id}-no-tables`,
        intent: 'warning',
        title: t('web.no-tables.title', { file: file.name }),
        message: t('web.no-tables'),
      });
    }
  }
  if (current?.state === 'ready' && current.opened.format === 'xls') {
    notices.push({
      key: `${current.id}-xls`,
      intent: 'info',
      title: t('web.xls.title', { file: current.name }),
      message: t('web.xls'),
    });
  }
  return notices;
}

export function FileNotices({
  files,
  current,
}: {
  files: readonly OpenedFile[];
  current: OpenedFile | undefined;
}) {
  const { t } = useMessages();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = noticesOf(files, current, t).filter((notice) => !dismissed.has(notice.key));
  return (
    <>
      {notices.map((notice) => (
        <MessageBar
          key={notice.key}
          intent={notice.intent}
          politeness={notice.intent === 'error' ? 'assertive' : 'polite'}
          layout="multiline"
        >
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t('web.dismiss')}
                onClick={() => setDismissed((set) => new Set(set).add(notice.key))}
              >
                ×
              </Button>
            }
          />
        </MessageBar>
      ))}
      {files.map((file) =>
        file.state === 'reading' ? <ReadingProgress key={file.id} file={file} /> : null,
      )}
    </>
  );
}

function ReadingProgress({ file }: { file: Extract<OpenedFile, { state: 'reading' }> }) {
  const { t } = useMessages();
  const progress = file.progress;
  const label =
    progress?.phase === 'check'
      ? t('web.progress.check', { file: file.name, done: progress.done, total: progress.total })
      : t('web.progress.read', { file: file.name });
  const value =
    progress?.phase === 'check' ? progress.done / Math.max(progress.total, 1) : undefined;
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar value={value} aria-label={label} />
    </Field>
  );
}
