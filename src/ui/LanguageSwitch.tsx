import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { languages, type Language } from './language';
import { useMessages } from './messages/useMessages';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
});

/** VI | EN: two toggle buttons, the pressed one is the current language. */
export function LanguageSwitch(props: { value: Language; onChange(language: Language): void }) {
  const { t } = useMessages();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('language.label')} className={styles.group}>
      {languages.map((language) => (
        <ToggleButton
          key={language}
          size="small"
          appearance={props.value === language ? 'primary' : 'subtle'}
          lang={language}
          checked={props.value === language}
          aria-label={`${language.toUpperCase()} – ${t(`language.${language}`)}`}
          title={t(`language.${language}`)}
          onClick={() => props.onChange(language)}
        >
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </div>
  );
}
