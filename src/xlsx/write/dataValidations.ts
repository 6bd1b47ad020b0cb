/**
 * `<dataValidations>`: planned rules are appended beside the user's own, which stay as they are
 * (so do rules kept in the x14 `extLst` form, which this never touches).
 */
import type { DataValidationRule } from '../../core/plan/editPlan';
import { startTagOf } from './xmlScanner';
import { attributeText, escapeText, setAttributes } from './xmlText';
import { upsertWorksheetChild, worksheetName } from './worksheetChildren';
import { childElements } from './xmlScanner';
import { EditPlanError } from './editPlanError';

/** Excel reports a file as damaged past these lengths. */
const maxTitle = 32;
const maxMessage = 255;

export function addDataValidations(xml: string, rules: DataValidationRule[]): string {
  return upsertWorksheetChild(xml, 'dataValidations', (existing) => {
    const name = existing?.name ?? worksheetName(xml, 'dataValidations');
    const prefix = name.slice(0, name.length - 'dataValidations'.length);
    const present = existing && !existing.selfClosing ? childElements(xml, existing).length : 0;
    const count = present + rules.length;
    const open = existing
      ? setAttributes(startTagOf(xml, existing).replace(/\s*\/>$/, '>'), { count: String(count) })
      : `<${name} count="${count}">`;
    const inner =
      existing && !existing.selfClosing ? xml.slice(existing.openEnd, existing.closeStart) : '';
    return `${open}${inner}${rules.map((rule) => validationXml(rule, prefix)).join('')}</${name}>`;
  });
}

function validationXml(rule: DataValidationRule, prefix: string): string {
  check(rule.prompt?.title, maxTitle);
  check(rule.prompt?.message, maxMessage);
  check(rule.error?.title, maxTitle);
  check(rule.error?.message, maxMessage);
  const attributes = attributeText({
    type: rule.type,
    errorStyle: rule.error && rule.error.style !== 'stop' ? rule.error.style : undefined,
    operator: rule.type === 'list' || rule.type === 'custom' ? undefined : rule.operator,
    allowBlank: rule.allowBlank === false ? undefined : 1,
    showInputMessage: rule.prompt ? 1 : undefined,
    showErrorMessage: 1,
    errorTitle: rule.error?.title,
    error: rule.error?.message,
    promptTitle: rule.prompt?.title,
    prompt: rule.prompt?.message,
    sqref: rule.ranges.join(' '),
  });
  const formula = (n: 1 | 2, text: string | undefined) =>
    text === undefined
      ? ''
      : `<${prefix}formula${n}>${escapeText(text.replace(/^=/, ''))}</${prefix}formula${n}>`;
  return `<${prefix}dataValidation${attributes}>${formula(1, rule.formula1)}${formula(2, rule.formula2)}</${prefix}dataValidation>`;
}

function check(text: string | undefined, limit: number): void {
  if (text !== undefined && text.length > limit) {
    throw new EditPlanError(
      `Data validation text longer than Excel's ${limit} characters: ${text}`,
    );
  }
}
