// The functions metadata the manifest points at: functions.json lists every permanent id once,
// and functions.vi-VN.json (the vi-VN override, DESIGN.md §8) lists the same ids with the same
// parameter counts, so a formula means the same thing in both languages.
import { existsSync, readFileSync } from 'node:fs';
import { distPathOf } from './checkUrls.mjs';
import { PERMANENT_FUNCTION_IDS } from './functionIds.mjs';
import { LOCALE } from './checkLocales.mjs';
import { customFunctionsPoint, resourceById, resourceValues, sourceResid } from './resources.mjs';
import { at } from './tree.mjs';

export function checkFunctions({ root, baseUrl, distDir }) {
  const point = customFunctionsPoint(root);
  if (!point) return ['no <ExtensionPoint xsi:type="CustomFunctions"> in the manifest'];
  const resid = sourceResid(point, 'Metadata');
  const resource = resid && resourceById(root, resid);
  if (!resource) return [`${at(point)} has no <Metadata> URL resource`];
  const { value, overrides } = resourceValues(resource);
  const vi = overrides.find((o) => o.locale === LOCALE.toLowerCase());
  const problems = [];
  const base = readMetadata(value, { baseUrl, distDir }, problems);
  if (!vi) problems.push(`${at(resource.el)} has no <bt:Override Locale="${LOCALE}"> metadata URL`);
  const localized = vi ? readMetadata(vi.value, { baseUrl, distDir }, problems) : undefined;
  if (base) problems.push(...compareWithPermanent(base.functions, value));
  if (base && localized) problems.push(...compareMetadata(base.functions, localized, vi.value));
  return problems;
}

function readMetadata(url, { baseUrl, distDir }, problems) {
  const file = distPathOf(url, baseUrl, distDir);
  if (!file || !existsSync(file)) {
    problems.push(`${url}: no such file in dist/ (checked by the URL check too)`);
    return undefined;
  }
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${url}: not valid JSON (${error.message})`);
    return undefined;
  }
  if (!Array.isArray(json?.functions)) {
    problems.push(`${url}: has no "functions" array`);
    return undefined;
  }
  const ids = new Set();
  json.functions.forEach((f, index) => {
    if (typeof f?.id !== 'string' || !f.id)
      problems.push(`${url}: function #${index + 1} has no id`);
    else if (ids.has(f.id)) problems.push(`${url}: id ${f.id} is listed twice`);
    else ids.add(f.id);
    if (typeof f?.name !== 'string' || !f.name)
      problems.push(`${url}: ${f?.id ?? `#${index + 1}`} has no name`);
  });
  return { functions: json.functions };
}

function compareWithPermanent(functions, url) {
  const ids = new Set(functions.map((f) => f.id));
  return PERMANENT_FUNCTION_IDS.filter((id) => !ids.has(id)).map(
    (id) => `${url}: the permanent function id ${id} is missing`,
  );
}

function parameterCount(f) {
  return Array.isArray(f.parameters) ? f.parameters.length : 0;
}

function compareMetadata(base, localized, url) {
  const problems = [];
  const byId = new Map(localized.functions.map((f) => [f.id, f]));
  for (const f of base) {
    const other = byId.get(f.id);
    if (!other) problems.push(`${url}: lacks ${f.id}`);
    else if (parameterCount(other) !== parameterCount(f)) {
      problems.push(
        `${url}: ${f.id} has ${parameterCount(other)} parameters, functions.json has ${parameterCount(f)}`,
      );
    }
  }
  const baseIds = new Set(base.map((f) => f.id));
  for (const f of localized.functions) {
    if (f.id && !baseIds.has(f.id)) problems.push(`${url}: ${f.id} is not in functions.json`);
  }
  return problems;
}
