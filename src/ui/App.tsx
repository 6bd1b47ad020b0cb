import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import type { HostPorts, SettingsStore } from '../app/ports';
import { AppHeader } from './AppHeader';
import { initialLanguage, type Language } from './language';
import { MessagesProvider, useMessages } from './messages/useMessages';
import type { Notice } from './notice';
import { NoticeBar } from './NoticeBar';
import { views, type ViewId } from './views';

export interface AppProps {
  /** What the host can do; the UI never reaches a host any other way. */
  ports: HostPorts;
  /** Where the language choice is remembered. */
  settings: SettingsStore;
  /** Shown above the views, e.g. that the page is not running in Excel. */
  hostNotice?: Notice;
}

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
  },
});

/** The task pane and the web app: a header with the language switch, then one tab per view. */
export function App({ ports, settings, hostNotice }: AppProps) {
  const [language, setLanguage] = useState<Language>(() => initialLanguage(settings));
  const changeLanguage = useCallback(
    (next: Language) => {
      settings.set('language', next);
      setLanguage(next);
    },
    [settings],
  );
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={language} className={styles.root}>
      <MessagesProvider language={language}>
        <AppHeader language={language} onLanguageChange={changeLanguage} />
        <main className={styles.body}>
          {hostNotice && <NoticeBar notice={hostNotice} />}
          <Views ports={ports} />
        </main>
      </MessagesProvider>
    </FluentProvider>
  );
}

function Views({ ports }: { ports: HostPorts }) {
  const { t } = useMessages();
  const [selected, setSelected] = useState<ViewId>(views[0].id);
  const baseId = useId();
  const view = views.find((candidate) => candidate.id === selected) ?? views[0];
  return (
    <>
      <TabList
        aria-label={t('app.views')}
        selectedValue={selected}
        onTabSelect={(_event, data) => setSelected(data.value as ViewId)}
      >
        {views.map(({ id, label }) => (
          <Tab key={id} value={id} id={`${baseId}-tab-${id}`} aria-controls={`${baseId}-panel`}>
            {t(label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${view.id}`}>
        {view.render(ports)}
      </div>
    </>
  );
}
