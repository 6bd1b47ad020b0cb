import { en } from './en';
import { vi } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the command-line message catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.keys(vi))('use the same placeholders for %s', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
  });
});
