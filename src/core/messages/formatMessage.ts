/**
 * Fills a catalogue message with a finding's params. Numbers are written by a small local
 * formatter rather than Intl or TEXT-like format codes so the result never depends on the
 * machine's locale data (DESIGN.md §3): "1.022,5" in Vietnamese, "1,022.5" in English.
 * Strings (labels, period headers, cell addresses — keys ending in `Cell`) are inserted as is.
 */
import type { Finding, Suggestion } from '../rules/finding';
import { en } from './en';
import { type MessageKey, vi } from './vi';

export type Lang = 'vi' | 'en';

const catalogues: Record<Lang, Record<string, string>> = { vi, en };

/** A message key in neither catalogue: a contract mistake between a rule and the catalogues. */
export class UnknownMessageKeyError extends Error {
  constructor(key: string) {
    super(`No message for key "${key}"`);
    this.name = 'UnknownMessageKeyError';
  }
}

const MAX_DECIMALS = 3;

export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const [thousands, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const fixed = Math.abs(value)
    .toFixed(MAX_DECIMALS)
    .replace(/\.?0+$/, '');
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = value < 0 && fixed !== '0' ? '-' : '';
  return sign + grouped + (fraction ? decimal + fraction : '');
}

export function isMessageKey(key: string): key is MessageKey {
  return key in vi;
}

export function formatMessage(
  key: string,
  params: Record<string, string | number>,
  lang: Lang = 'vi',
): string {
  const template = catalogues[lang][key] ?? catalogues[lang === 'vi' ? 'en' : 'vi'][key];
  if (template === undefined) throw new UnknownMessageKeyError(key);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' && !name.endsWith('Cell')
      ? formatNumber(value, lang)
      : String(value);
  });
}

export function formatFinding(finding: Finding, lang: Lang = 'vi'): string {
  return formatMessage(finding.messageKey, finding.params, lang);
}

export function formatSuggestion(suggestion: Suggestion, lang: Lang = 'vi'): string {
  return formatMessage(
    `suggestion.${suggestion.reason}`,
    { suggestionCell: suggestion.cell, value: suggestion.value },
    lang,
  );
}

/** The placeholders a template uses, for tests and tooling. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
