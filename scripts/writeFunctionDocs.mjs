// Writes docs/functions.vi.md and docs/functions.en.md from the function catalogue.
// Run it after editing src/core/catalog/functionCatalog.ts: a test fails while they differ.
// The build emits the same documents (and their HTML) into dist/docs on its own.
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { loadFunctionCatalog } = require('./loadFunctionCatalog.js');
const { renderMarkdown, languages } = require('./renderFunctionDocs.js');

const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs');
const catalog = loadFunctionCatalog();

for (const lang of languages) {
  const file = path.join(docsDir, `functions.${lang}.md`);
  const text = renderMarkdown(catalog, lang);
  const unchanged = existsSync(file) && readFileSync(file, 'utf8') === text;
  if (!unchanged) writeFileSync(file, text);
  console.log(`${unchanged ? 'unchanged' : 'wrote'} ${path.relative(process.cwd(), file)}`);
}
