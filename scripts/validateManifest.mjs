// `npm run validate`: checks the built add-in manifest offline (DESIGN.md §8: the
// office-addin-manifest validator calls an online service). It reads dist/manifest.xml, because
// what must hold is that the manifest the build wrote points at files the build wrote.
//   node scripts/validateManifest.mjs [--dist DIR] [--base-url URL] [--json]
// The base URL follows the build: --base-url, else HTX_BASE_URL, else https://localhost:3000.
// Exit code 0 when every check passes, 1 otherwise.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { baseUrlOf, runChecks } from './manifest/runChecks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: join(root, 'dist') },
      'base-url': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const distDir = resolve(values.dist);
  const baseUrl = baseUrlOf(values['base-url']);
  if (!existsSync(join(distDir, 'manifest.xml'))) {
    console.error(
      `✗ Chưa có ${join(distDir, 'manifest.xml')}: hãy chạy npm run build trước.\n` +
        `  ${join(distDir, 'manifest.xml')} is missing: run npm run build first.`,
    );
    return 1;
  }
  const results = runChecks({ distDir, baseUrl });
  if (values.json) console.log(JSON.stringify({ baseUrl, distDir, results }, null, 2));
  else printResults(results, relative(process.cwd(), join(distDir, 'manifest.xml')), baseUrl);
  return results.every((r) => r.ok) ? 0 : 1;
}

function printResults(results, manifestPath, baseUrl) {
  console.log(`Manifest: ${manifestPath} · địa chỉ gốc / base URL: ${baseUrl}`);
  for (const r of results) {
    const mark = r.ok ? '✓' : r.skipped ? '–' : '✗';
    const note = r.skipped
      ? ' (bỏ qua vì XML lỗi · skipped: XML not well-formed)'
      : r.note
        ? ` (${r.note})`
        : '';
    console.log(`${mark} ${r.vi} · ${r.en}${note}`);
    for (const problem of r.problems) console.log(`    ${problem}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    failed === 0
      ? `Manifest hợp lệ: đạt ${results.length}/${results.length} kiểm tra · manifest valid: ${results.length}/${results.length} checks passed`
      : `Manifest chưa hợp lệ: ${failed} kiểm tra không đạt · manifest invalid: ${failed} checks failed`,
  );
}

process.exitCode = main();
