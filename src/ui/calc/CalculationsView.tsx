import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { WorkbookPort } from '../../app/workbookPort';
import { useMessages } from '../messages/useMessages';
import { NoticeBar } from '../NoticeBar';
import { CalculationFormFields } from './CalculationFormFields';
import { CalculationPreview } from './CalculationPreview';
import { NativeConversion } from './NativeConversion';
import { useCalculations } from './useCalculations';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * "Tính toán": calculation columns for a detected table, previewed cell by cell before
 * anything is written; then the conversion of HTX.* formulas to native ones.
 */
export function CalculationsView({ workbook }: { workbook: WorkbookPort }) {
  const { t } = useMessages();
  const styles = useStyles();
  const calc = useCalculations(workbook);
  const writes = workbook.capabilities.canWrite;
  return (
    <div className={styles.view}>
      <section className={styles.view} aria-labelledby="htx-calc-heading">
        <h2 id="htx-calc-heading" className={styles.heading}>
          {t('view.calc')}
        </h2>
        <Text as="p">{t('calc.intro')}</Text>
        {!writes && <NoticeBar notice={{ intent: 'info', message: 'workbook.read-only' }} />}
        {calc.tables && calc.tables.length > 0 && (
          <CalculationFormFields
            tables={calc.tables}
            form={calc.form}
            columnInvalid={calc.columnInvalid}
            onChange={calc.change}
          />
        )}
        <div className={styles.actions}>
          {calc.tables && calc.tables.length > 0 && (
            <Button disabled={calc.busy || !calc.canPreview} onClick={calc.onPreview}>
              {t('calc.preview')}
            </Button>
          )}
          {writes && calc.preview && (
            <Button appearance="primary" disabled={calc.busy} onClick={calc.onInsert}>
              {t('calc.insert')}
            </Button>
          )}
          <Button appearance="subtle" disabled={calc.busy} onClick={calc.load}>
            {t('calc.reload')}
          </Button>
        </div>
        {calc.notice && <NoticeBar notice={calc.notice} />}
        {calc.preview && (
          <CalculationPreview cells={calc.preview.cells} columns={calc.preview.columns} />
        )}
      </section>
      {writes && <NativeConversion workbook={workbook} />}
    </div>
  );
}
