import type { MessageLanguage } from './messages';

/**
 * Vietnamese when Excel is displayed in Vietnamese, English otherwise (DESIGN.md §4). Read at
 * the moment a message is written, not at load: functions.js registers before Office.js has
 * initialised, and Office is absent altogether in tests and benchmarks.
 */
export function displayLanguage(): MessageLanguage {
  const office = typeof Office === 'undefined' ? undefined : Office;
  const language = office?.context?.displayLanguage;
  return typeof language === 'string' && language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
