import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { WorkbookPort } from '../../app/workbookPort';
import { useMessages } from '../messages/useMessages';
import { NoticeBar } from '../NoticeBar';
import { AcceptDialog } from './AcceptDialog';
import { numberText } from './cellText';
import { ApplyDialog } from './ApplyDialog';
import { CheckToolbar, LiveSwitch } from './CheckToolbar';
import { ConfirmDialog } from './ConfirmDialog';
import { FindingGroups } from './FindingGroups';
import { useCheck, type Progress } from './useCheck';
import { useLiveCheck } from './useLiveCheck';
import type { SaveFile } from '../../app/ports';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  run: { alignSelf: 'flex-start' },
});

export interface CheckViewProps {
  workbook: WorkbookPort;
  /** Hands the CSV to the user (the web app downloads it); absent: no CSV export. */
  saveFile?: SaveFile;
}

/** "Kiểm tra": run the checks, read the findings by sheet and severity, fix, accept, mark. */
export function CheckView({ workbook, saveFile }: CheckViewProps) {
  const { t } = useMessages();
  const styles = useStyles();
  const check = useCheck(workbook, saveFile);
  const [live, setLive] = useState(false);
  useLiveCheck(workbook, live, check.recheck);
  const { capabilities } = workbook;
  const { result } = check;
  const sheetOrder = result?.snapshot.sheets.map((sheet) => sheet.name) ?? [];
  const writes = capabilities.canWrite;
  const headingId = useId();
  return (
    <div className={styles.view}>
      <Text as="p" className={styles.intro}>
        {t('check.intro')}
      </Text>
      {!writes && <NoticeBar notice={{ intent: 'info', message: 'workbook.read-only' }} />}
      <Button
        appearance="primary"
        className={styles.run}
        disabled={check.busy}
        onClick={check.onCheck}
      >
        {t('check.run')}
      </Button>
      {workbook.onUserEdit && <LiveSwitch checked={live} onChange={setLive} />}
      {check.progress && <ReadProgress progress={check.progress} />}
      {check.notice && <NoticeBar notice={check.notice} />}
      <CheckToolbar
        busy={check.busy}
        checked={result !== undefined}
        canWrite={writes}
        canSave={saveFile !== undefined}
        onMark={check.onMark}
        onUnmark={check.onUnmark}
        onExportSheet={check.onExportSheet}
        onExportCsv={check.onExportCsv}
      />
      {result && (
        <section aria-labelledby={headingId}>
          <h2 id={headingId} className={styles.heading}>
            {t('check.findings')}
          </h2>
          {result.findings.length === 0 ? (
            <Text role="status">{t('check.no-findings')}</Text>
          ) : (
            <FindingGroups
              findings={result.findings}
              sheetOrder={sheetOrder}
              onSelect={capabilities.canSelect ? check.onSelect : undefined}
              onApply={writes ? check.onApply : undefined}
              onAccept={writes ? check.onAccept : undefined}
            />
          )}
        </section>
      )}
      <ApplyDialog
        change={check.applying?.change}
        onConfirm={check.confirmApply}
        onCancel={check.cancelApply}
      />
      <AcceptDialog
        finding={check.accepting}
        onConfirm={check.confirmAccept}
        onCancel={check.cancelAccept}
      />
      <ConfirmDialog
        open={check.exporting !== undefined}
        title={t('confirm.clears-undo.title')}
        confirmLabel={t('confirm.continue')}
        onConfirm={() => void check.confirmExport()}
        onCancel={check.cancelExport}
      >
        {t('confirm.clears-undo')}
      </ConfirmDialog>
    </div>
  );
}

function ReadProgress({ progress }: { progress: Progress }) {
  const { t, language } = useMessages();
  const known = progress.total > 0;
  return (
    <Field
      label={t('workbook.reading')}
      hint={
        known
          ? t('workbook.reading.count', {
              done: numberText(progress.done, language),
              total: numberText(progress.total, language),
            })
          : undefined
      }
      validationState="none"
    >
      <ProgressBar value={known ? progress.done / progress.total : undefined} />
    </Field>
  );
}
