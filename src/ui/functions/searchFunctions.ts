/**
 * The guide's search: every word typed must appear in a function's names or descriptions, in
 * either language, ignoring diacritics and case ("ty le" finds "Tỷ lệ đạt kế hoạch").
 */
import type { FunctionInfo } from '../../core/catalog/functionCatalog';
import { toMatchKey } from '../../core/text/matchKey';

const keys = new WeakMap<FunctionInfo, string>();

function searchKey(info: FunctionInfo): string {
  let key = keys.get(info);
  if (key === undefined) {
    const texts = [
      info.id,
      info.id.replace(/_/g, ' '),
      info.viName,
      info.description.vi,
      info.description.en,
      ...info.parameters.flatMap((parameter) => [parameter.name.vi, parameter.name.en]),
    ];
    key = toMatchKey(texts.join(' | '));
    keys.set(info, key);
  }
  return key;
}

export function searchFunctions(
  functions: readonly FunctionInfo[],
  query: string,
): readonly FunctionInfo[] {
  const words = toMatchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return functions;
  return functions.filter((info) => {
    const key = searchKey(info);
    return words.every((word) => key.includes(word));
  });
}
