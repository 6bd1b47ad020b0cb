import { Button, makeStyles, Switch, tokens, Toolbar } from '@fluentui/react-components';
import { useMessages } from '../messages/useMessages';

const useStyles = makeStyles({
  toolbar: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS, padding: 0 },
});

/** The check's actions; what the host cannot do is left out rather than failing later. */
export function CheckToolbar(props: {
  busy: boolean;
  checked: boolean;
  canWrite: boolean;
  canSave: boolean;
  onMark(): void;
  onUnmark(): void;
  onExportSheet(): void;
  onExportCsv(): void;
}) {
  const { t } = useMessages();
  const styles = useStyles();
  const { busy, checked, canWrite } = props;
  return (
    <Toolbar aria-label={t('check.actions')} className={styles.toolbar}>
      {canWrite && (
        <>
          <Button disabled={busy} onClick={props.onMark}>
            {t('check.mark')}
          </Button>
          <Button disabled={busy} onClick={props.onUnmark}>
            {t('check.unmark')}
          </Button>
          <Button disabled={busy} onClick={props.onExportSheet}>
            {t('check.export-sheet')}
          </Button>
        </>
      )}
      {props.canSave && (
        <Button disabled={busy || !checked} onClick={props.onExportCsv}>
          {t('check.export-csv')}
        </Button>
      )}
    </Toolbar>
  );
}

/** Shown only when the host reports the user's edits (WorkbookPort.onUserEdit). */
export function LiveSwitch(props: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useMessages();
  return (
    <Switch
      label={t('check.live')}
      checked={props.checked}
      onChange={(_event, data) => props.onChange(data.checked)}
      title={t('check.live.hint')}
    />
  );
}
