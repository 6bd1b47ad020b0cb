/**
 * The message catalogue of the current language, for components: `const { t } = useMessages()`,
 * then `t('insert.written', { formula, address })`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../language';
import { en } from './en';
import { vi, type MessageCode } from './vi';

export type { MessageCode };

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Messages {
  language: Language;
  t(code: MessageCode, params?: MessageParams): string;
}

const catalogues: Record<Language, Record<MessageCode, string>> = { vi, en };

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(language: Language, code: MessageCode, params: MessageParams = {}) {
  return catalogues[language][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const MessagesContext = createContext<Messages>({
  language: 'vi',
  t: (code, params) => formatMessage('vi', code, params),
});

export function MessagesProvider({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  const value = useMemo<Messages>(
    () => ({ language, t: (code, params) => formatMessage(language, code, params) }),
    [language],
  );
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
