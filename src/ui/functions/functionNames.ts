/** How a function is written in the formula bar of an English and of a Vietnamese Excel. */
import { functionNamespace, type FunctionInfo } from '../../core/catalog/functionCatalog';
import type { Language } from '../language';

export function formulaName(info: Pick<FunctionInfo, 'id' | 'viName'>, language: Language): string {
  return `${functionNamespace}.${language === 'vi' ? info.viName : info.id}`;
}

/** The name in the other Excel language, shown beside the first so both can be found. */
export function otherFormulaName(
  info: Pick<FunctionInfo, 'id' | 'viName'>,
  language: Language,
): string {
  return formulaName(info, language === 'vi' ? 'en' : 'vi');
}
