import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import {
  addEntryRules,
  entryRulesInPlace,
  removeEntryRules,
  type EntryRulesCount,
} from '../../app/entryRules';
import type { WorkbookPort } from '../../app/workbookPort';
import { successNotice, useWorkbookAction } from '../check/useWorkbookAction';
import { useMessages } from '../messages/useMessages';
import { NoticeBar } from '../NoticeBar';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * "Quy tắc nhập liệu": Excel data validation on the tables' input cells, and its removal. The
 * count of our rules in place comes from the journal, so it is right after save and reopen.
 */
export function EntryRulesView({ workbook }: { workbook: WorkbookPort }) {
  const { t, language } = useMessages();
  const styles = useStyles();
  const { busy, notice, run } = useWorkbookAction();
  const [inPlace, setInPlace] = useState<EntryRulesCount>();
  const supported = workbook.capabilities.canWrite && workbook.capabilities.dataValidation;

  const refresh = useCallback(
    async () => setInPlace(entryRulesInPlace(await workbook.readJournal())),
    [workbook],
  );
  useEffect(() => void run(refresh), [run, refresh]);

  const onAdd = () =>
    run(async () => {
      const added = await addEntryRules(workbook, { lang: language, now: new Date() });
      await refresh();
      if (added.ranges === 0) return { intent: 'info', message: 'rules.nothing' };
      return successNotice('rules.added', countParams(added));
    });

  const onRemove = () =>
    run(async () => {
      const removed = await removeEntryRules(workbook, new Date());
      await refresh();
      if (removed.ranges === 0) return { intent: 'info', message: 'rules.nothing-to-remove' };
      return successNotice('rules.removed', countParams(removed));
    });

  return (
    <section className={styles.view} aria-labelledby="htx-rules-heading">
      <h2 id="htx-rules-heading" className={styles.heading}>
        {t('view.rules')}
      </h2>
      <Text as="p">{t('rules.intro')}</Text>
      {!workbook.capabilities.canWrite ? (
        <NoticeBar notice={{ intent: 'info', message: 'workbook.read-only' }} />
      ) : (
        !supported && <NoticeBar notice={{ intent: 'info', message: 'rules.unsupported' }} />
      )}
      {inPlace && (
        <Text as="p" role="status">
          {inPlace.ranges > 0
            ? t('rules.in-place', countParams(inPlace))
            : t('rules.none-in-place')}
        </Text>
      )}
      {supported && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={onAdd}>
            {t('rules.add')}
          </Button>
          <Button disabled={busy || !inPlace || inPlace.ranges === 0} onClick={onRemove}>
            {t('rules.remove')}
          </Button>
        </div>
      )}
      {notice && <NoticeBar notice={notice} />}
    </section>
  );
}

const countParams = ({ sheets, ranges, cells }: EntryRulesCount) => ({ sheets, ranges, cells });
