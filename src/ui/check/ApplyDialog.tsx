import { makeStyles, tokens } from '@fluentui/react-components';
import type { SuggestionChange } from '../../core/plan/planApplySuggestion';
import { qualifiedAddress } from '../../core/workbook/address';
import { useMessages } from '../messages/useMessages';
import { cellWriteText } from './cellText';
import { ConfirmDialog } from './ConfirmDialog';

const useStyles = makeStyles({
  values: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: tokens.spacingHorizontalM },
  value: { fontFamily: tokens.fontFamilyMonospace, margin: 0 },
  term: { margin: 0 },
});

/**
 * "Áp dụng" writes over a non-empty cell, the one write of the pane that does: the cell, what it
 * holds and what it will hold are shown first (DESIGN.md §3).
 */
export function ApplyDialog(props: {
  change?: SuggestionChange;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t, language } = useMessages();
  const styles = useStyles();
  const { change } = props;
  const cell = change ? qualifiedAddress(change.sheet, change.address) : '';
  const blank = t('cell.blank');
  return (
    <ConfirmDialog
      open={change !== undefined}
      title={t('apply.title', { cell })}
      confirmLabel={t('apply.confirm')}
      cancelLabel={t('apply.cancel')}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      {change && (
        <dl className={styles.values}>
          <dt className={styles.term}>{t('apply.old')}</dt>
          <dd className={styles.value} data-testid="apply-old">
            {cellWriteText(change.previous, language, blank)}
          </dd>
          <dt className={styles.term}>{t('apply.new')}</dt>
          <dd className={styles.value} data-testid="apply-new">
            {cellWriteText(change.next, language, blank)}
          </dd>
        </dl>
      )}
    </ConfirmDialog>
  );
}
