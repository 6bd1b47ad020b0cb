import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createSummarySheet } from '../../app/createSummarySheet';
import type { WorkbookPort } from '../../app/workbookPort';
import { successNotice, useWorkbookAction } from '../check/useWorkbookAction';
import { useMessages, type MessageCode } from '../messages/useMessages';
import { NoticeBar } from '../NoticeBar';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * "Tạo bảng tổng hợp" (issue 6): one click adds the plan summary sheet, built by the same use
 * case as `htx-plan summary`. Province and year are asked only as overrides: most files say
 * them, and what the file lacks is reported as a note, never guessed.
 */
export function SummaryView({ workbook }: { workbook: WorkbookPort }) {
  const { t } = useMessages();
  const styles = useStyles();
  const { busy, notice, run } = useWorkbookAction();
  const [province, setProvince] = useState('');
  const [year, setYear] = useState('');
  const [notes, setNotes] = useState<MessageCode[]>([]);
  const yearInvalid = year.trim() !== '' && !/^(19|20)\d\d$/.test(year.trim());

  const onCreate = () =>
    run(async () => {
      setNotes([]);
      const result = await createSummarySheet(workbook, {
        ...(province.trim() && { province: province.trim() }),
        ...(year.trim() && { year: Number(year.trim()) }),
        now: new Date(),
      });
      if (result.kind === 'no-table') return { intent: 'warning', message: 'summary.no-table' };
      setNotes(result.notes.map((note) => `summary.note.${note}` as MessageCode));
      return successNotice('summary.created', { sheet: result.sheet });
    });

  return (
    <section className={styles.view} aria-labelledby="htx-summary-heading">
      <h2 id="htx-summary-heading" className={styles.heading}>
        {t('view.summary')}
      </h2>
      <Text as="p">{t('summary.intro')}</Text>
      {!workbook.capabilities.canWrite ? (
        <NoticeBar notice={{ intent: 'info', message: 'workbook.read-only' }} />
      ) : (
        <>
          <Field label={t('summary.province')}>
            <Input value={province} onChange={(_event, data) => setProvince(data.value)} />
          </Field>
          <Field
            label={t('summary.year')}
            validationState={yearInvalid ? 'error' : 'none'}
            validationMessage={yearInvalid ? t('summary.year-invalid') : undefined}
          >
            <Input
              inputMode="numeric"
              value={year}
              onChange={(_event, data) => setYear(data.value)}
            />
          </Field>
          <div>
            <Button appearance="primary" disabled={busy || yearInvalid} onClick={onCreate}>
              {t('summary.create')}
            </Button>
          </div>
        </>
      )}
      {notice && <NoticeBar notice={notice} />}
      {notes.length > 0 && (
        <ul className={styles.notes}>
          {notes.map((note) => (
            <li key={note}>
              <Text>{t(note)}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
