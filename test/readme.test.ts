/** The README stays true: its commands, and every rule id of the catalogue. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleIds } from '../src/core/rules/ruleCatalog';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('the README', () => {
  it('gives the two commands a newcomer types', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it.each(ruleIds)('lists the rule %s', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });

  it('links the function reference in both languages', () => {
    expect(readme).toContain('docs/functions.vi.md');
    expect(readme).toContain('docs/functions.en.md');
  });
});
