import { Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { SelectionPort } from '../../app/ports';
import type { FunctionInfo } from '../../core/catalog/functionCatalog';
import { useMessages } from '../messages/useMessages';
import { FunctionDetails } from './FunctionDetails';
import { formulaName, otherFormulaName } from './functionNames';
import { InsertForm } from './InsertForm';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  name: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    wordBreak: 'break-all',
  },
  other: { color: tokens.colorNeutralForeground3 },
});

/** One function of the guide: what it does, how to call it, and "Chèn". */
export function FunctionCard({
  info,
  selection,
}: {
  info: FunctionInfo;
  selection?: SelectionPort;
}) {
  const { t, language } = useMessages();
  const [inserting, setInserting] = useState(false);
  const styles = useStyles();
  const headingId = useId();
  const formId = useId();
  return (
    <Card className={styles.card} aria-labelledby={headingId} role="article">
      <div className={styles.header}>
        <div className={styles.titles}>
          <h3 className={styles.name} id={headingId}>
            {formulaName(info, language)}
          </h3>
          <Text size={200} className={styles.other}>
            {t('functions.other-name', { name: otherFormulaName(info, language) })}
          </Text>
        </div>
        <Button
          appearance={inserting ? 'subtle' : 'secondary'}
          disabledFocusable={!selection}
          title={selection ? undefined : t('functions.insert.unavailable')}
          aria-expanded={inserting}
          aria-controls={inserting ? formId : undefined}
          aria-label={`${t('functions.insert')} ${formulaName(info, language)}`}
          onClick={() => setInserting((open) => !open)}
        >
          {t('functions.insert')}
        </Button>
      </div>
      <FunctionDetails info={info} />
      {inserting && selection && (
        <div id={formId}>
          <InsertForm info={info} selection={selection} onClose={() => setInserting(false)} />
        </div>
      )}
    </Card>
  );
}
