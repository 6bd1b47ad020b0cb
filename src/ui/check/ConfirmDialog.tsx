import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useMessages } from '../messages/useMessages';

/**
 * A yes/no question before an action that cannot be taken back the usual way. The safe answer
 * comes first, so it has the focus when the dialog opens.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useMessages();
  return (
    <Dialog
      modalType="alert"
      open={props.open}
      onOpenChange={(_event, data) => !data.open && props.onCancel()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <Button onClick={props.onCancel}>{props.cancelLabel ?? t('confirm.cancel')}</Button>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
