import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { UndoConflict } from '../../core/plan/planUndo';
import { qualifiedAddress } from '../../core/workbook/address';
import { cellWriteText } from '../check/cellText';
import { useMessages } from '../messages/useMessages';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Cells an undo leaves alone because the user changed them after the action (§3). */
export function ConflictList({ conflicts }: { conflicts: readonly UndoConflict[] }) {
  const { t, language } = useMessages();
  const styles = useStyles();
  if (conflicts.length === 0) return null;
  const blank = t('cell.blank');
  return (
    <div>
      <Text as="p">{t('undo.conflicts', { count: conflicts.length })}</Text>
      <ul className={styles.list}>
        {conflicts.map((conflict) => (
          <li key={qualifiedAddress(conflict.sheet, conflict.cell)}>
            {t('undo.conflict', {
              cell: qualifiedAddress(conflict.sheet, conflict.cell),
              written: cellWriteText(conflict.written, language, blank),
              now: cellWriteText(conflict.now, language, blank),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
