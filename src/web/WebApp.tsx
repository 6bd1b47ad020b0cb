/**
 * The standalone web app's page: the file bar, notices, the combined report and the grid of
 * the workbook on screen, with the same <App/> as the Excel task pane beside them, given the
 * workbook's port. The language is the App's: it writes the settings, this page follows.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { App } from '../ui/App';
import type { HostPorts } from '../app/ports';
import { CombinedReport } from '../ui/files/CombinedReport';
import { downloadName } from '../ui/files/downloadName';
import { FileBar } from '../ui/files/FileBar';
import { FileNotices } from '../ui/files/FileNotices';
import { FileSwitcher } from '../ui/files/FileSwitcher';
import { findingRows, findingsCsv } from '../ui/files/findingsCsv';
import type { OpenedFile, WorkbookOpener } from '../ui/files/openedFile';
import { csvType, saveFile, xlsxType } from '../ui/files/saveFile';
import { useFileDrop } from '../ui/files/useFileDrop';
import { useOpenFiles } from '../ui/files/useOpenFiles';
import { SheetGrid, type SheetGridHandle } from '../ui/grid/SheetGrid';
import { initialLanguage } from '../ui/language';
import { MessagesProvider, useMessages } from '../ui/messages/useMessages';
import type { ObservedSettings } from './observedSettings';
import { Welcome } from './Welcome';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(320px, 400px)',
    height: '100vh',
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)', height: 'auto' },
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    minWidth: 0,
    position: 'relative',
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
  },
  grid: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: '360px' },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, overflowY: 'auto', minHeight: 0 },
  drop: {
    position: 'absolute',
    inset: tokens.spacingHorizontalM,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: 'rgba(235, 243, 252, 0.92)',
    fontSize: tokens.fontSizeBase500,
    zIndex: 10,
    pointerEvents: 'none',
  },
});

export interface WebAppProps {
  opener: WorkbookOpener;
  settings: ObservedSettings;
}

export function WebApp({ opener, settings }: WebAppProps) {
  const language = useSyncExternalStore(settings.subscribe, () => initialLanguage(settings));
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <MessagesProvider language={language}>
        <WebPage opener={opener} settings={settings} />
      </MessagesProvider>
    </FluentProvider>
  );
}

function WebPage({ opener, settings }: WebAppProps) {
  const { t, language } = useMessages();
  const styles = useStyles();
  const { files, current, select, openFiles, openBytes } = useOpenFiles(opener);
  const grid = useRef<SheetGridHandle>(null);
  const open = useCallback((chosen: File[]) => void openFiles(chosen), [openFiles]);
  const dragging = useFileDrop(open);

  const workbook = current && current.state !== 'failed' ? current.workbook : undefined;
  const shown =
    current?.state === 'ready'
      ? current.opened
      : current?.state === 'reading'
        ? current.previous
        : undefined;
  // A finding clicked in the check view selects its cell through the port: the grid shows it.
  useEffect(
    () => workbook?.onSelect((sheet, address) => grid.current?.scrollToCell(sheet, address)),
    [workbook],
  );
  // The views reach the workbook and hand out files (their CSV) through these ports.
  const ports: HostPorts = useMemo(
    () => ({ workbook, saveFile: (file) => saveFile(file.content, file.name, file.type) }),
    [workbook],
  );

  const openSample = useCallback(async () => {
    await openBytes([{ name: t('web.sample.name'), bytes: await opener.sample() }]);
  }, [openBytes, opener, t]);

  const readyFindings = useCallback(
    () =>
      files
        .filter((file): file is Extract<OpenedFile, { state: 'ready' }> => file.state === 'ready')
        .map((file) => ({ file: file.name, findings: file.opened.findings })),
    [files],
  );

  const exportCsv = useCallback(() => {
    saveFile(findingsCsv(readyFindings(), t, language), `${t('files.csv.name')}.csv`, csvType);
  }, [readyFindings, t, language]);

  // The writer of a new workbook is loaded only when asked for, like the reader.
  const exportSheet = useCallback(async () => {
    const { writeReportWorkbook } = await import('../xlsx/reportWorkbook');
    const ready = readyFindings();
    const bytes = await writeReportWorkbook({
      sheetName: t('files.sheet.name'),
      title: t('files.sheet.title', { count: ready.length }),
      rows: findingRows(ready, t, language),
    });
    saveFile(bytes, `${t('files.csv.name')}.xlsx`, xlsxType);
  }, [readyFindings, t, language]);

  const download = workbook && {
    name: downloadName(workbook.fileName),
    blockedBecauseXls: !workbook.capabilities.canWrite,
    onDownload: () => saveFile(workbook.currentBytes(), downloadName(workbook.fileName), xlsxType),
  };

  return (
    <div className={styles.page}>
      <div className={styles.main}>
        <FileBar onOpen={open} onSample={() => void openSample()} download={download}>
          <FileSwitcher files={files} currentId={current?.id} onSelect={select} />
        </FileBar>
        <div className={styles.content}>
          <FileNotices files={files} current={current} />
          {files.length === 0 ? (
            <Welcome />
          ) : (
            <CombinedReport
              files={files}
              currentId={current?.id}
              onSelect={select}
              onExportCsv={exportCsv}
              onExportSheet={() => void exportSheet()}
            />
          )}
          {shown && current && (
            <div className={styles.grid}>
              <SheetGrid
                key={current.id}
                ref={grid}
                snapshot={shown.snapshot}
                findings={shown.findings}
              />
            </div>
          )}
        </div>
        {dragging && <div className={styles.drop}>{t('web.drop')}</div>}
      </div>
      <aside className={styles.pane}>
        <App ports={ports} settings={settings} />
      </aside>
    </div>
  );
}
