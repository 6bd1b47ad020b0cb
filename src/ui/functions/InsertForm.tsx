import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { SelectionPort } from '../../app/ports';
import type { FunctionInfo } from '../../core/catalog/functionCatalog';
import { useMessages } from '../messages/useMessages';
import { NoticeBar } from '../NoticeBar';
import { ArgumentField } from './ArgumentField';
import { formulaName } from './functionNames';
import { OverwriteDialog } from './OverwriteDialog';
import { useInsertForm } from './useInsertForm';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  preview: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    wordBreak: 'break-all',
    display: 'block',
  },
  label: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface InsertFormProps {
  info: FunctionInfo;
  selection: SelectionPort;
  onClose(): void;
}

/** The "Chèn" form: one field per parameter, a preview, and the write into the selected cell. */
export function InsertForm({ info, selection, onClose }: InsertFormProps) {
  const { t, language } = useMessages();
  const form = useInsertForm(info, selection);
  const styles = useStyles();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  // Opening the form puts the cursor in its first field, for keyboard users.
  useEffect(() => inputs.current[0]?.focus(), []);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (form.busy) return;
    if (!(await form.submit())) {
      const first = form.draft.problems.findIndex((problem) => problem !== undefined);
      inputs.current[first]?.focus();
    }
  };

  const name = formulaName(info, language);
  return (
    <form
      className={styles.form}
      aria-label={t('insert.form', { name })}
      noValidate
      onSubmit={onSubmit}
    >
      <Text size={200} className={styles.hint}>
        {t('insert.hint')}
      </Text>
      {info.parameters.map((parameter, i) => (
        <ArgumentField
          key={parameter.id}
          parameter={parameter}
          value={form.args[i]}
          problem={form.visibleProblems[i]}
          disabled={form.busy}
          inputRef={(element) => {
            inputs.current[i] = element;
          }}
          onChange={(value) => form.setArgument(i, value)}
          onPickSelection={() => void form.pickSelectionFor(i)}
        />
      ))}
      <div>
        <Text as="p" weight="semibold" className={styles.label}>
          {t('insert.preview')}
        </Text>
        <code className={styles.preview} data-testid="formula-preview">
          {form.draft.preview}
        </code>
      </div>
      <Text size={200} className={styles.hint}>
        {t('insert.target')}
      </Text>
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={form.busy}
          icon={form.busy ? <Spinner size="tiny" /> : undefined}
        >
          {t('insert.submit')}
        </Button>
        <Button type="button" onClick={onClose}>
          {t('insert.close')}
        </Button>
      </div>
      {form.notice && <NoticeBar notice={form.notice} />}
      <OverwriteDialog
        pending={form.pendingOverwrite}
        onConfirm={() => void form.confirmOverwrite()}
        onCancel={form.cancelOverwrite}
      />
    </form>
  );
}
