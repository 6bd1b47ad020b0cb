import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ActionSummary } from '../../app/undoAction';
import type { WorkbookPort } from '../../app/workbookPort';
import { dateTimeText } from '../check/cellText';
import { ConfirmDialog } from '../check/ConfirmDialog';
import { useMessages } from '../messages/useMessages';
import { NoticeBar } from '../NoticeBar';
import { actionLabel } from './actionLabel';
import { ConflictList } from './ConflictList';
import { useUndo } from './useUndo';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  what: { display: 'flex', flexDirection: 'column' },
  when: { color: tokens.colorNeutralForeground3 },
  refresh: { alignSelf: 'flex-start' },
});

/** "Hoàn tác": the journal's actions, newest first, each with its own "Hoàn tác". */
export function UndoView({ workbook }: { workbook: WorkbookPort }) {
  const { t } = useMessages();
  const styles = useStyles();
  const undo = useUndo(workbook);
  const writes = workbook.capabilities.canWrite;
  const pending = undo.confirming;
  return (
    <section className={styles.view} aria-labelledby="htx-undo-heading">
      <h2 id="htx-undo-heading" className={styles.heading}>
        {t('undo.list')}
      </h2>
      <Text as="p">{t('undo.intro')}</Text>
      {workbook.capabilities.canUndoNatively && <Text as="p">{t('undo.native')}</Text>}
      <Button
        appearance="subtle"
        className={styles.refresh}
        disabled={undo.busy}
        onClick={undo.refresh}
      >
        {t('undo.refresh')}
      </Button>
      {undo.notice && <NoticeBar notice={undo.notice} />}
      <ConflictList conflicts={undo.kept} />
      {undo.actions?.length === 0 && <Text role="status">{t('undo.empty')}</Text>}
      {undo.actions && undo.actions.length > 0 && (
        <ul className={styles.list} aria-label={t('undo.list')}>
          {undo.actions.map((summary) => (
            <ActionItem
              key={summary.action}
              summary={summary}
              busy={undo.busy}
              onUndo={writes ? undo.onUndo : undefined}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={pending !== undefined}
        title={pending ? t('undo.confirm.title', { action: actionLabel(pending.summary, t) }) : ''}
        confirmLabel={t('undo.confirm')}
        onConfirm={undo.confirm}
        onCancel={undo.cancel}
      >
        {pending?.prepared.clearsUndoStack && <Text as="p">{t('confirm.clears-undo')}</Text>}
        {pending && <ConflictList conflicts={pending.prepared.conflicts} />}
      </ConfirmDialog>
    </section>
  );
}

function ActionItem(props: {
  summary: ActionSummary;
  busy: boolean;
  onUndo?(summary: ActionSummary): void;
}) {
  const { t, language } = useMessages();
  const styles = useStyles();
  const { summary } = props;
  const label = actionLabel(summary, t);
  return (
    <li className={styles.item}>
      <div className={styles.what}>
        <Text weight="semibold">{label}</Text>
        <Text size={200} className={styles.when}>
          {t('undo.at', {
            time: dateTimeText(summary.at, language),
            sheets: summary.touched.join(', '),
          })}
        </Text>
        {summary.undoneAt && (
          <Text size={200} className={styles.when}>
            {t('undo.undone', { time: dateTimeText(summary.undoneAt, language) })}
          </Text>
        )}
      </div>
      {props.onUndo && !summary.undoneAt && (
        <Button
          size="small"
          disabled={props.busy}
          aria-label={t('undo.run.label', { action: label })}
          onClick={() => props.onUndo?.(summary)}
        >
          {t('undo.run')}
        </Button>
      )}
    </li>
  );
}
