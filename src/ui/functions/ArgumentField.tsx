import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { ArgumentProblem } from '../../app/functionFormula';
import type { FunctionParameterInfo } from '../../core/catalog/functionCatalog';
import { useMessages, type MessageCode } from '../messages/useMessages';

export interface ArgumentFieldProps {
  parameter: FunctionParameterInfo;
  value: string;
  problem?: ArgumentProblem;
  disabled: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
  onChange(value: string): void;
  onPickSelection(): void;
}

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { flexGrow: 1, minWidth: 0 },
  button: { flexShrink: 0 },
});

/** One argument: an address, a number or quoted text, typed or taken from the selection. */
export function ArgumentField(props: ArgumentFieldProps) {
  const { parameter, value, problem, disabled, inputRef, onChange, onPickSelection } = props;
  const { t, language } = useMessages();
  const name = parameter.name[language];
  const label = parameter.optional ? `${name} (${t('functions.optional')})` : name;
  const placeholder = t(parameter.range ? 'insert.placeholder.range' : 'insert.placeholder.cell');
  const styles = useStyles();
  return (
    <Field
      label={label}
      required={!parameter.optional}
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem && problemMessage(t, problem, name, value)}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            className={styles.input}
            ref={inputRef}
            value={value}
            placeholder={placeholder}
            spellCheck={false}
            autoComplete="off"
            onChange={(_event, data) => onChange(data.value)}
          />
          <Button
            className={styles.button}
            disabled={disabled}
            aria-label={t('insert.use-selection-for', { name })}
            onClick={onPickSelection}
          >
            {t('insert.use-selection')}
          </Button>
        </div>
      )}
    </Field>
  );
}

type Translate = (code: MessageCode, params?: Record<string, string>) => string;

function problemMessage(t: Translate, problem: ArgumentProblem, name: string, value: string) {
  const typed = value.trim();
  if (problem === 'ambiguous-number') {
    return t('argument.ambiguous-number', {
      value: typed,
      whole: typed.replace('.', ''),
      decimal: typed.replace('.', ','),
    });
  }
  return t(`argument.${problem}`, { name, value: typed });
}
