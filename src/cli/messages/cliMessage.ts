import type { Lang } from '../parseArgs';
import { en } from './en';
import { vi } from './vi';

const catalogues: Record<Lang, Record<string, string>> = { vi, en };

/** Fills `{name}` placeholders; an unknown key shows itself, so a gap is visible, not silent. */
export function cliMessage(
  key: string,
  params: Record<string, string | number>,
  lang: Lang,
): string {
  const template = catalogues[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
