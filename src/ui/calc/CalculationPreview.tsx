import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { PreviewCell } from '../../core/plan/planCalculationColumns';
import { useMessages } from '../messages/useMessages';

const useStyles = makeStyles({
  caption: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  scroll: { maxHeight: '18rem', overflowY: 'auto' },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/** Every cell "Chèn" will write, with what it writes: nothing else is written. */
export function CalculationPreview(props: { cells: readonly PreviewCell[]; columns: string[] }) {
  const { t } = useMessages();
  const styles = useStyles();
  const captionId = useId();
  return (
    <div>
      <p id={captionId} className={styles.caption}>
        {t('calc.preview.title', {
          count: props.cells.length,
          columns: props.columns.join(', '),
        })}
      </p>
      <div className={styles.scroll}>
        <Table size="small" aria-labelledby={captionId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('calc.preview.cell')}</TableHeaderCell>
              <TableHeaderCell>{t('calc.preview.content')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.cells.map((cell) => (
              <TableRow key={`${cell.sheet}!${cell.address}`}>
                <TableCell>{cell.address}</TableCell>
                <TableCell className={cell.kind === 'formula' ? styles.code : undefined}>
                  {cell.text}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
