import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Finding } from '../../core/rules/finding';
import { useMessages } from '../messages/useMessages';

/**
 * "Bỏ qua" needs a reason (issue 5): it is kept in the workbook and shown by every later check,
 * so a reviewer sees why the finding was let stand. An empty reason is refused here, before
 * core would refuse it.
 */
export function AcceptDialog(props: {
  finding?: Finding;
  onConfirm(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useMessages();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const close = () => {
    setReason('');
    setMissing(false);
    props.onCancel();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setMissing(true);
    setReason('');
    setMissing(false);
    props.onConfirm(reason.trim());
  };
  const cell = props.finding?.cells[0] ?? '';
  return (
    <Dialog
      modalType="modal"
      open={props.finding !== undefined}
      onOpenChange={(_event, data) => !data.open && close()}
    >
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('accept.title', { cell })}</DialogTitle>
            <DialogContent>
              <Field
                label={t('accept.reason')}
                required
                hint={t('accept.reason.hint')}
                validationState={missing ? 'error' : 'none'}
                validationMessage={missing ? t('accept.reason.missing') : undefined}
              >
                <Textarea
                  value={reason}
                  onChange={(_event, data) => {
                    setReason(data.value);
                    if (data.value.trim() !== '') setMissing(false);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>{t('accept.cancel')}</Button>
              <Button type="submit" appearance="primary">
                {t('accept.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
