import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { convertToNative, type NativeOutcome } from '../../app/convertToNative';
import type { WorkbookPort } from '../../app/workbookPort';
import { qualifiedAddress } from '../../core/workbook/address';
import { useMessages } from '../messages/useMessages';
import { NoticeBar } from '../NoticeBar';
import { successNotice, useWorkbookAction } from '../check/useWorkbookAction';
import { nativeMessage } from '../../core/plan/nativeMessages';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  button: { alignSelf: 'flex-start' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/**
 * "Chuyển sang công thức Excel": before the file goes to someone without the add-in, every
 * HTX.* formula that has a native equivalent is rewritten; the others are listed with why.
 */
export function NativeConversion({ workbook }: { workbook: WorkbookPort }) {
  const { t, language } = useMessages();
  const styles = useStyles();
  const { busy, notice, run } = useWorkbookAction();
  const [outcome, setOutcome] = useState<NativeOutcome>();
  const onConvert = () =>
    run(async () => {
      const converted = await convertToNative(workbook, new Date());
      setOutcome(converted);
      const count = converted.converted.length;
      return count > 0
        ? successNotice('native.done', { count })
        : { intent: 'info', message: 'native.none' };
    });
  return (
    <section className={styles.section} aria-labelledby="htx-native-heading">
      <h2 id="htx-native-heading" className={styles.heading}>
        {t('native.title')}
      </h2>
      <Text as="p">{t('native.intro')}</Text>
      <Button className={styles.button} disabled={busy} onClick={onConvert}>
        {t('native.run')}
      </Button>
      {notice && <NoticeBar notice={notice} />}
      {outcome && outcome.unconverted.length > 0 && (
        <>
          <Text as="p">{t('native.unconverted', { count: outcome.unconverted.length })}</Text>
          <ul className={styles.list}>
            {outcome.unconverted.map((failure) => (
              <li key={`${failure.sheet}!${failure.cell}`}>
                {t('native.unconverted.item', {
                  cell: qualifiedAddress(failure.sheet, failure.cell),
                  formula: failure.formula,
                  reason: nativeMessage(`reason.${failure.reason}`, language),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome && outcome.caveats.length > 0 && (
        <>
          <Text as="p">{t('native.caveats')}</Text>
          <ul className={styles.list}>
            {outcome.caveats.map((caveat) => (
              <li key={caveat}>{nativeMessage(`caveat.${caveat}`, language)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
