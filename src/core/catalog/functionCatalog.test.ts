import { commonErrors, functionCatalog, functionInfo, type FunctionId } from './functionCatalog';

// The ids of the foundation issue, with their Vietnamese names: permanent (DESIGN.md §4).
const expected: [FunctionId, string][] = [
  ['ATTAINMENT', 'TYLEDAT'],
  ['PER_UNIT', 'BINHQUAN'],
  ['WEIGHTED_AVERAGE', 'BINHQUANGIAQUYEN'],
  ['SHARE', 'TYTRONG'],
  ['GROWTH', 'TANGTRUONG'],
  ['CAPITAL_SPLIT', 'PHANBOVON'],
  ['IMBALANCE', 'CHENHLECH'],
  ['CONVERT', 'DOIDONVI'],
  ['NUMBER', 'DOCSO'],
];

const texts = (info: (typeof functionCatalog)[number]) => [
  info.description,
  info.result,
  info.example.result,
  ...info.parameters.flatMap((p) => [p.name, p.description]),
  ...info.errors.map((e) => e.when),
];

describe('functionCatalog', () => {
  it('lists exactly the nine functions of the foundation issue, in order', () => {
    expect(functionCatalog.map((f) => [f.id, f.viName])).toEqual(expected);
  });

  it.each(functionCatalog.map((f) => [f.id, f]))(
    '%s has names Excel accepts and unique ASCII parameter ids',
    (_id, info) => {
      // Excel function names: letters, digits, "_" and "."; at least three characters.
      expect(info.viName).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      const ids = info.parameters.map((p) => p.id);
      ids.forEach((id) => expect(id).toMatch(/^[a-z][a-z0-9_]*$/));
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it.each(functionCatalog.map((f) => [f.id, f]))(
    '%s has every text in both languages, without stray whitespace',
    (_id, info) => {
      for (const text of texts(info)) {
        for (const s of [text.vi, text.en]) {
          expect(s.length).toBeGreaterThan(0);
          expect(s).toBe(s.trim());
        }
      }
    },
  );

  it.each(functionCatalog.map((f) => [f.id, f]))(
    '%s has examples written as English and Vietnamese Excel show them',
    (_id, info) => {
      const arity = (formula: string, separator: string) =>
        formula.replace(/"[^"]*"/g, '""').split(separator).length;
      expect(info.example.en.startsWith(`=HTX.${info.id}(`)).toBe(true);
      expect(info.example.vi.startsWith(`=HTX.${info.viName}(`)).toBe(true);
      // Vietnamese Excel separates arguments with ";" because "," is its decimal mark.
      expect(info.example.vi.replace(/"[^"]*"/g, '')).not.toMatch(/,\s/);
      expect(arity(info.example.vi, ';')).toBe(arity(info.example.en, ', '));
      const required = info.parameters.filter((p) => !p.optional).length;
      expect(arity(info.example.en, ', ')).toBeGreaterThanOrEqual(required);
      expect(arity(info.example.en, ', ')).toBeLessThanOrEqual(info.parameters.length);
    },
  );

  it('puts optional parameters only after the required ones', () => {
    for (const info of functionCatalog) {
      const flags = info.parameters.map((p) => Boolean(p.optional));
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('names the missing-value message the issue asks for', () => {
    expect(commonErrors[0]).toMatchObject({ code: '#N/A' });
    expect(commonErrors[0].when.vi).toContain('Thiếu số liệu');
    expect(commonErrors[0].when.en).toContain('Missing value');
  });

  it('finds an entry by id and refuses an unknown id', () => {
    expect(functionInfo('SHARE').viName).toBe('TYTRONG');
    expect(() => functionInfo('NOPE' as FunctionId)).toThrow(RangeError);
  });
});
