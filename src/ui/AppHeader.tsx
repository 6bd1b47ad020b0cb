import { makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from './language';
import { LanguageSwitch } from './LanguageSwitch';
import { useMessages } from './messages/useMessages';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  switch: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: '2px',
  },
});

export function AppHeader(props: {
  language: Language;
  onLanguageChange(language: Language): void;
}) {
  const { t } = useMessages();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t('app.name')}</h1>
      <div className={styles.switch}>
        <LanguageSwitch value={props.language} onChange={props.onLanguageChange} />
      </div>
    </header>
  );
}
