/** The languages of the interface (DESIGN.md §4: Vietnamese by default, a remembered switch). */
import type { SettingsStore } from '../app/ports';

export type Language = 'vi' | 'en';

export const languages: readonly Language[] = ['vi', 'en'];

export const defaultLanguage: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

/**
 * The language to start in: the one the user chose last time, else Vietnamese. Excel's display
 * language does not decide it: most Vietnamese offices run an English Excel, and DESIGN.md §4
 * makes Vietnamese the default in every host.
 */
export function initialLanguage(settings: SettingsStore): Language {
  const stored = settings.get('language');
  return isLanguage(stored) ? stored : defaultLanguage;
}
