// Reads src/core/catalog/functionCatalog.ts from plain Node (the webpack plugin, the docs
// script, the benchmark) without a TypeScript loader: the catalogue is import-free data, so
// transpiling it alone with `typescript.transpileModule` and evaluating the result is enough.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');
const ts = require('typescript');

const defaultCatalogPath = path.resolve(__dirname, '../src/core/catalog/functionCatalog.ts');

/**
 * @param {string} [file] path of functionCatalog.ts
 * @returns {{ functionCatalog: readonly object[], commonErrors: readonly object[], functionNamespace: string }}
 */
function loadFunctionCatalog(file = defaultCatalogPath) {
  const source = fs.readFileSync(file, 'utf8');
  const { outputText, diagnostics } = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  if (diagnostics && diagnostics.length > 0) {
    const text = ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n');
    throw new Error(`${file}: ${text}`);
  }
  const module = { exports: {} };
  const refuseRequire = (name) => {
    throw new Error(`${file} must stay import-free data, but it imports "${name}"`);
  };
  const wrapped = vm.runInThisContext(Module.wrap(outputText), { filename: file });
  wrapped(module.exports, refuseRequire, module, file, path.dirname(file));
  const { functionCatalog } = module.exports;
  if (!Array.isArray(functionCatalog) || functionCatalog.length === 0) {
    throw new Error(`${file} does not export a non-empty functionCatalog`);
  }
  return module.exports;
}

module.exports = { loadFunctionCatalog, defaultCatalogPath };
