/**
 * The web app's commands: "Mở tệp" (a file input, several files at once), "Mở ví dụ", and
 * "Tải xuống" of the workbook on screen under a new name. An .xls file cannot be downloaded
 * with changes: the button is off and says why.
 */
import { Button, makeStyles, Tooltip, tokens } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';
import { useMessages } from '../messages/useMessages';

export interface FileBarProps {
  onOpen(files: File[]): void;
  onSample(): void;
  /** Absent: no workbook on screen. */
  download?: { name: string; blockedBecauseXls: boolean; onDownload(): void };
  /** Shown at the end of the bar (the file switcher). */
  children?: ReactNode;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  input: { display: 'none' },
  end: { marginLeft: 'auto' },
});

export function FileBar({ onOpen, onSample, download, children }: FileBarProps) {
  const { t } = useMessages();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.bar} role="toolbar" aria-label={t('app.name')}>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        aria-label={t('web.open.label')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again opens it again.
          event.target.value = '';
          if (files.length > 0) onOpen(files);
        }}
      />
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {t('web.open')}
      </Button>
      <Button onClick={onSample}>{t('web.sample')}</Button>
      {download && <DownloadButton {...download} />}
      {children && <div className={styles.end}>{children}</div>}
    </div>
  );
}

function DownloadButton({
  name,
  blockedBecauseXls,
  onDownload,
}: NonNullable<FileBarProps['download']>) {
  const { t } = useMessages();
  const hint = blockedBecauseXls ? t('web.download.xls') : t('web.download.hint', { name });
  return (
    <Tooltip content={hint} relationship="description">
      <Button
        disabledFocusable={blockedBecauseXls}
        onClick={blockedBecauseXls ? undefined : onDownload}
      >
        {t('web.download')}
      </Button>
    </Tooltip>
  );
}
