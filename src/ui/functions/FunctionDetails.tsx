import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { FunctionInfo } from '../../core/catalog/functionCatalog';
import { useMessages } from '../messages/useMessages';

const useStyles = makeStyles({
  section: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  example: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    wordBreak: 'break-all',
    margin: `${tokens.spacingVerticalXXS} 0`,
  },
});

/** Description, arguments, result and example of a function, in the pane's language. */
export function FunctionDetails({ info }: { info: FunctionInfo }) {
  const { t, language } = useMessages();
  const styles = useStyles();
  return (
    <>
      <Text as="p" className={styles.section}>
        {info.description[language]}
      </Text>
      <div>
        <Text as="p" className={mergeClasses(styles.section, styles.term)}>
          {t('functions.parameters')}
        </Text>
        <ul className={styles.list}>
          {info.parameters.map((parameter) => (
            <li key={parameter.id} className={styles.item}>
              <Text className={styles.term}>{parameter.name[language]}</Text>
              {(parameter.optional || parameter.range) && (
                <Text className={styles.muted}>
                  {' ('}
                  {[
                    parameter.range && t('functions.range'),
                    parameter.optional && t('functions.optional'),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                  {')'}
                </Text>
              )}
              <Text>{` — ${parameter.description[language]}`}</Text>
            </li>
          ))}
        </ul>
      </div>
      <Text as="p" className={styles.section}>
        <span className={styles.term}>{`${t('functions.result')}: `}</span>
        {info.result[language]}
      </Text>
      <div>
        <Text as="p" className={mergeClasses(styles.section, styles.term)}>
          {t('functions.example')}
        </Text>
        <code className={styles.example}>{info.example[language]}</code>
        <Text size={200} className={styles.muted}>
          {info.example.result[language]}
        </Text>
      </div>
    </>
  );
}
