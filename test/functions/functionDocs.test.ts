import fs from 'fs';
import os from 'os';
import path from 'path';
import { functionCatalog } from '../../src/core/catalog/functionCatalog';

// CommonJS build scripts, loaded as the build loads them.
/* eslint-disable @typescript-eslint/no-require-imports */
const { loadFunctionCatalog } = require('../../scripts/loadFunctionCatalog');
const { renderMarkdown, renderHtml } = require('../../scripts/renderFunctionDocs');
/* eslint-enable @typescript-eslint/no-require-imports */

const docs = path.resolve(__dirname, '../../docs');

describe('the function reference in docs/', () => {
  it.each(['vi', 'en'])('functions.%s.md is up to date with the catalogue', (lang) => {
    const committed = fs.readFileSync(path.join(docs, `functions.${lang}.md`), 'utf8');
    const generated = renderMarkdown(loadFunctionCatalog(), lang);
    // On failure: run `node scripts/writeFunctionDocs.mjs` and commit docs/functions.*.md.
    expect(committed).toBe(generated);
  });

  it.each(['vi', 'en'])(
    'functions.%s has an anchor, a syntax and an example for every function',
    (lang) => {
      const markdown = renderMarkdown(loadFunctionCatalog(), lang);
      const html = renderHtml(loadFunctionCatalog(), lang);
      for (const info of functionCatalog) {
        const anchor = info.id.toLowerCase();
        expect(markdown).toContain(`<a id="${anchor}"></a>`);
        expect(html).toContain(`<section id="${anchor}">`);
        expect(markdown).toContain(info.example[lang as 'vi' | 'en']);
      }
    },
  );

  it('writes the Vietnamese syntax with Vietnamese names and ";" separators', () => {
    const markdown = renderMarkdown(loadFunctionCatalog(), 'vi');
    expect(markdown).toContain('`=HTX.PHANBOVON(tổng_vốn; các_tỷ_lệ; [số_chữ_số_thập_phân])`');
    expect(renderMarkdown(loadFunctionCatalog(), 'en')).toContain(
      '`=HTX.CAPITAL_SPLIT(total, shares, [decimals])`',
    );
  });

  it('escapes text in the HTML', () => {
    const html = renderHtml(loadFunctionCatalog(), 'en');
    expect(html).toContain('&quot;1.022,5&quot;');
    expect(html).not.toMatch(/<td>[^<]*"[^<]*<\/td>/);
  });

  it('refuses a catalogue that imports anything, since the build reads it alone', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'htx-')), 'c.ts');
    fs.writeFileSync(file, "import { x } from './x';\nexport const functionCatalog = [x];\n");
    expect(() => loadFunctionCatalog(file)).toThrow(/import-free/);
  });
});
