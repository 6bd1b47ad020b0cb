import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMessages } from '../messages/useMessages';
import type { PendingOverwrite } from './useInsertForm';

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/**
 * "Ô X đã có dữ liệu — ghi đè?" (DESIGN.md §3: never overwrite without saying so). The safe
 * answer comes first, so it has the focus when the dialog opens.
 */
export function OverwriteDialog(props: {
  pending?: PendingOverwrite;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { pending, onConfirm, onCancel } = props;
  const { t } = useMessages();
  const styles = useStyles();
  return (
    <Dialog
      modalType="modal"
      open={pending !== undefined}
      onOpenChange={(_event, data) => !data.open && onCancel()}
    >
      <DialogSurface>
        {pending && (
          <DialogBody>
            <DialogTitle>{t('overwrite.title', { address: pending.address })}</DialogTitle>
            <DialogContent>
              <p>
                {t('overwrite.content')} <code className={styles.code}>{pending.content}</code>
              </p>
              <p>
                {t('overwrite.replacement')} <code className={styles.code}>{pending.formula}</code>
              </p>
            </DialogContent>
            <DialogActions>
              <Button onClick={onCancel}>{t('overwrite.cancel')}</Button>
              <Button appearance="primary" onClick={onConfirm}>
                {t('overwrite.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
