// All manifest checks over a built dist/, as data: one result per check, with its problems.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFunctions } from './checkFunctions.mjs';
import { checkIcons } from './checkIcons.mjs';
import { checkLocales } from './checkLocales.mjs';
import { checkNamespace } from './checkNamespace.mjs';
import { checkOrder } from './checkOrder.mjs';
import { checkResources } from './checkResources.mjs';
import { checkSharedRuntime } from './checkSharedRuntime.mjs';
import { checkUrls } from './checkUrls.mjs';
import { parseManifest, xmllintProblems } from './checkWellFormed.mjs';

export const DEFAULT_BASE_URL = 'https://localhost:3000';

/** The same rule as webpack.config.js: an explicit value, else HTX_BASE_URL, else localhost. */
export function baseUrlOf(explicit, env = process.env) {
  return (explicit || env.HTX_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

export const CHECKS = [
  {
    id: 'order',
    vi: 'Thứ tự phần tử đúng lược đồ',
    en: 'elements in schema order',
    run: checkOrder,
  },
  {
    id: 'resources',
    vi: 'Mọi resid đều được định nghĩa và được dùng',
    en: 'every resid defined and used',
    run: checkResources,
  },
  {
    id: 'urls',
    vi: 'Mọi URL thuộc địa chỉ gốc và có tệp trong dist/',
    en: 'every URL under the base URL and served from dist/',
    run: checkUrls,
  },
  {
    id: 'icons',
    vi: 'Biểu tượng PNG đúng kích thước',
    en: 'PNG icons of the declared sizes',
    run: checkIcons,
  },
  {
    id: 'locales',
    vi: 'Có bản vi-VN cho tên, mô tả và mọi nhãn',
    en: 'vi-VN overrides for name, description and labels',
    run: checkLocales,
  },
  {
    id: 'functions',
    vi: 'functions.json và functions.vi-VN.json khớp mã hàm và số tham số',
    en: 'functions.json and functions.vi-VN.json list the same ids and parameter counts',
    run: checkFunctions,
  },
  {
    id: 'namespace',
    vi: 'Không gian tên của hàm là HTX',
    en: 'custom functions namespace is HTX',
    run: checkNamespace,
  },
  {
    id: 'shared-runtime',
    vi: 'Ngăn tác vụ và hàm dùng chung một runtime',
    en: 'task pane and functions share one runtime',
    run: checkSharedRuntime,
  },
];

const WELL_FORMED = { id: 'well-formed', vi: 'XML đúng cú pháp', en: 'well-formed XML' };

/**
 * Runs every check on `distDir/manifest.xml`. Returns [{ id, vi, en, ok, skipped, problems, note }];
 * when the XML is not well-formed the other checks are skipped (and count as not passed).
 */
export function runChecks({ distDir, baseUrl = baseUrlOf(), useXmllint = true }) {
  const file = join(distDir, 'manifest.xml');
  const { root, problems } = parseManifest(readFileSync(file, 'utf8'));
  const xmllint = useXmllint ? xmllintProblems(file) : { available: false, problems: [] };
  problems.push(...xmllint.problems);
  const note = xmllint.available
    ? undefined
    : 'không có xmllint, chỉ dùng bộ đọc riêng · without xmllint: own parser only';
  const results = [{ ...WELL_FORMED, ok: problems.length === 0, skipped: false, problems, note }];
  for (const { run, ...check } of CHECKS) {
    if (!root || problems.length) {
      results.push({ ...check, ok: false, skipped: true, problems: [] });
      continue;
    }
    const found = run({ root, baseUrl, distDir });
    results.push({ ...check, ok: found.length === 0, skipped: false, problems: found });
  }
  return results;
}
