import {
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { AppendixTable } from '../../core/layout/appendixTable';
import type { CalculationKind } from '../../core/plan/calculationSpecs';
import { useMessages } from '../messages/useMessages';
import { tableKey, type CalculationForm } from './useCalculations';

const useStyles = makeStyles({
  kinds: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  column: { maxWidth: '8em' },
});

const kinds: readonly CalculationKind[] = ['attainment', 'growth', 'share'];

function tableLabel(table: AppendixTable, label: string): string {
  const title = table.title?.replace(/\s+/g, ' ').trim();
  if (!title) return label;
  return `${label}: ${title.length > 60 ? `${title.slice(0, 59)}…` : title}`;
}

/** Which table, which calculations, which kind of formula, and where. */
export function CalculationFormFields(props: {
  tables: readonly AppendixTable[];
  form: CalculationForm;
  columnInvalid: boolean;
  onChange(next: Partial<CalculationForm>): void;
}) {
  const { t } = useMessages();
  const styles = useStyles();
  const { tables, form, onChange } = props;
  const labelOf = (table: AppendixTable) =>
    tableLabel(table, t('calc.table.option', { sheet: table.sheet, range: table.range }));
  const selected = tables.find((table) => tableKey(table) === form.table);
  const toggle = (kind: CalculationKind, on: boolean) =>
    onChange({
      kinds: kinds.filter((k) => (k === kind ? on : form.kinds.includes(k))),
    });
  return (
    <>
      <Field label={t('calc.table')}>
        <Dropdown
          value={selected ? labelOf(selected) : ''}
          selectedOptions={form.table ? [form.table] : []}
          onOptionSelect={(_event, data) => onChange({ table: data.optionValue })}
        >
          {tables.map((table) => (
            <Option key={tableKey(table)} value={tableKey(table)}>
              {labelOf(table)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <fieldset className={styles.kinds}>
        <legend className={styles.legend}>{t('calc.kinds')}</legend>
        {kinds.map((kind) => (
          <Checkbox
            key={kind}
            label={t(`calc.kind.${kind}`)}
            checked={form.kinds.includes(kind)}
            onChange={(_event, data) => toggle(kind, data.checked === true)}
          />
        ))}
        {form.kinds.length === 0 && <Text role="status">{t('calc.choose-kind')}</Text>}
      </fieldset>
      <Field label={t('calc.style')}>
        <RadioGroup
          value={form.style}
          onChange={(_event, data) => onChange({ style: data.value as CalculationForm['style'] })}
        >
          <Radio value="native" label={t('calc.style.native')} />
          <Radio value="htx" label={t('calc.style.htx')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('calc.column')}
        hint={t('calc.column.hint')}
        validationState={props.columnInvalid ? 'error' : 'none'}
        validationMessage={
          props.columnInvalid ? t('calc.column.invalid', { value: form.column }) : undefined
        }
      >
        <Input
          className={styles.column}
          value={form.column}
          onChange={(_event, data) => onChange({ column: data.value })}
        />
      </Field>
    </>
  );
}
