/** The start view: what the page does, that files stay on this computer, and where to begin. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../ui/messages/useMessages';

const useStyles = makeStyles({
  root: {
    maxWidth: '46em',
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusXLarge,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { marginTop: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  text: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400 },
});

export function Welcome() {
  const { t } = useMessages();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="welcome-title">
      <h2 id="welcome-title" className={styles.title}>
        {t('web.welcome.title')}
      </h2>
      <p className={styles.text}>{t('web.welcome')}</p>
      <p className={styles.text}>{t('web.welcome.sample')}</p>
    </section>
  );
}
