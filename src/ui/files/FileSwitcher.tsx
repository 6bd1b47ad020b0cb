/** Which of several open files is on screen (a province's district files). */
import { Field, Select } from '@fluentui/react-components';
import { useMessages } from '../messages/useMessages';
import type { OpenedFile } from './openedFile';

export function FileSwitcher(props: {
  files: readonly OpenedFile[];
  currentId: string | undefined;
  onSelect(id: string): void;
}) {
  const { t } = useMessages();
  if (props.files.length < 2) return null;
  return (
    <Field label={t('files.switcher')} orientation="horizontal">
      <Select value={props.currentId} onChange={(_event, data) => props.onSelect(data.value)}>
        {props.files.map((file) => (
          <option key={file.id} value={file.id}>
            {file.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
