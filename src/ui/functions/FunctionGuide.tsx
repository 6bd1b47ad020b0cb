import { Field, makeStyles, SearchBox, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { SelectionPort } from '../../app/ports';
import { functionCatalog, type FunctionInfo } from '../../core/catalog/functionCatalog';
import { useMessages } from '../messages/useMessages';
import { FunctionCard } from './FunctionCard';
import { searchFunctions } from './searchFunctions';

const useStyles = makeStyles({
  guide: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  search: { maxWidth: '100%' },
});

export interface FunctionGuideProps {
  /** Absent when the page does not run in Excel: the guide still reads, "Chèn" is disabled. */
  selection?: SelectionPort;
  functions?: readonly FunctionInfo[];
}

/** The "Hàm HTX" view: every HTX function, searchable, each with "Chèn". */
export function FunctionGuide({ selection, functions = functionCatalog }: FunctionGuideProps) {
  const { t } = useMessages();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchFunctions(functions, query), [functions, query]);
  const styles = useStyles();
  return (
    <div className={styles.guide}>
      <Text as="p" className={styles.intro}>
        {t('functions.intro')}
      </Text>
      <Field label={t('functions.search')}>
        <SearchBox
          className={styles.search}
          value={query}
          placeholder={t('functions.search.placeholder')}
          onChange={(_event, data) => setQuery(data.value)}
        />
      </Field>
      {shown.length === 0 ? (
        <Text role="status">{t('functions.none', { query })}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('view.functions')}>
          {shown.map((info) => (
            <li key={info.id}>
              <FunctionCard info={info} selection={selection} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
