/** The sheets of the workbook as tabs below the grid, as in Excel, with their findings count. */
import { CounterBadge, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { SheetSnapshot } from '../../core/workbook/snapshot';
import { useMessages } from '../messages/useMessages';

const useStyles = makeStyles({
  tabs: { overflowX: 'auto', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  hidden: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
});

export function SheetTabs(props: {
  sheets: readonly SheetSnapshot[];
  current: number;
  counts: ReadonlyMap<string, number>;
  onSelect(index: number): void;
}) {
  const { t } = useMessages();
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      aria-label={t('grid.sheets')}
      selectedValue={String(props.current)}
      onTabSelect={(_event, data) => props.onSelect(Number(data.value))}
    >
      {props.sheets.map((sheet, index) => {
        const count = props.counts.get(sheet.name) ?? 0;
        return (
          <Tab
            key={sheet.name}
            value={String(index)}
            className={sheet.hidden ? styles.hidden : undefined}
            aria-label={count > 0 ? t('grid.findings', { sheet: sheet.name, count }) : undefined}
          >
            {sheet.hidden ? t('grid.hidden', { sheet: sheet.name }) : sheet.name}
            {count > 0 && (
              <>
                {' '}
                <CounterBadge count={count} size="small" color="danger" overflowCount={999} />
              </>
            )}
          </Tab>
        );
      })}
    </TabList>
  );
}
