// Calls per second of each HTX.* function as shipped (dist/functions.js, loaded the way Excel
// loads it: alone, with a CustomFunctions global and no Office), on 100 000 numeric inputs and on 100 000
// Vietnamese text inputs, and the size of dist/functions.js. Run `npm run build` first.
// Usage: node bench/functions.mjs [--json]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import vm from 'node:vm';

const N = 100_000;
const ROUNDS = 5;
const bundlePath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../dist/functions.js',
);
if (!existsSync(bundlePath)) {
  console.error('dist/functions.js is missing: run npm run build first');
  process.exit(2);
}
const code = readFileSync(bundlePath);

/** The registered functions, through a minimal CustomFunctions. */
function loadFunctions() {
  const functions = new Map();
  class CustomFunctionError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  const CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
    },
    associate: (id, fn) => functions.set(id, fn),
  };
  // In this realm, not a vm.createContext one: code in a separate context reaches builtins such
  // as Math through the contextified global, which made the same functions ~20× slower here.
  globalThis.CustomFunctions = CustomFunctions;
  vm.runInThisContext(code.toString('utf8'), { filename: 'functions.js' });
  delete globalThis.CustomFunctions;
  return functions;
}

// A deterministic generator, so every run measures the same inputs.
let seed = 20230808;
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const between = (low, high) => low + Math.floor(random() * (high - low));
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
/** Numbers as officials type them: grouped, with decimal commas, padded, approximate, percent. */
function vietnamese(value) {
  const style = between(0, 5);
  if (style === 0) return `khoảng ${vi.format(Math.round(value))}`;
  if (style === 1 && value < 100) return String(Math.round(value)).padStart(2, '0');
  return vi.format(value);
}

const number = () => between(1, 5000) + between(0, 10) / 10;
const column = (size, make) => Array.from({ length: size }, () => [make()]);
const shares = () => {
  const a = between(10, 60);
  const b = between(10, 100 - a);
  return [[a], [b], [100 - a - b]];
};

/** Per function: one argument list per input, numeric and as Vietnamese text. */
const cases = {
  ATTAINMENT: () => [number(), number() + 1],
  PER_UNIT: () => [number(), between(1, 500)],
  WEIGHTED_AVERAGE: () => [column(8, number), column(8, () => between(1, 100))],
  SHARE: () => [number(), number() + 5000],
  GROWTH: () => [number(), number() + 1],
  CAPITAL_SPLIT: () => [number() * 1000, shares(), between(0, 3)],
  IMBALANCE: () => [number() * 8, column(8, number)],
  CONVERT: () => [number(), 'triệu đồng/người/tháng', 'triệu đồng/người/năm'],
  NUMBER: () => [number()],
};
const asText = (arg) =>
  typeof arg === 'number'
    ? vietnamese(arg)
    : Array.isArray(arg)
      ? arg.map((row) => row.map(asText))
      : arg;

function measure(fn, inputs) {
  let best = Infinity;
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < inputs.length; i++) {
      const result = fn(...inputs[i]);
      sink += typeof result === 'number' ? result : result.length;
    }
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  if (Number.isNaN(sink)) throw new Error('a function returned NaN');
  return Math.round(inputs.length / best);
}

const functions = loadFunctions();
const rows = [];
for (const [id, make] of Object.entries(cases)) {
  const fn = functions.get(id);
  if (!fn) throw new Error(`dist/functions.js does not register ${id}`);
  const numeric = Array.from({ length: N }, make);
  const text = numeric.map((args) => args.map(asText));
  rows.push({ id, numeric: measure(fn, numeric), text: measure(fn, text) });
}
const size = { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ inputs: N, functions: rows, size }, null, 2));
} else {
  const fmt = (n) => n.toLocaleString('en-US').padStart(12);
  console.log(
    `calls per second, best of ${ROUNDS} rounds of ${N.toLocaleString('en-US')} inputs (node ${process.version})`,
  );
  console.log(`${'function'.padEnd(18)}${'numeric'.padStart(12)}${'text (vi)'.padStart(12)}`);
  for (const row of rows) console.log(`${row.id.padEnd(18)}${fmt(row.numeric)}${fmt(row.text)}`);
  console.log(
    `\ndist/functions.js: ${(size.raw / 1024).toFixed(1)} KB minified, ${(size.gzip / 1024).toFixed(1)} KB gzip`,
  );
}
