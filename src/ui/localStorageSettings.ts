/**
 * SettingsStore over the browser's localStorage: used by the web app and by the Excel pane (the
 * pane is a web page too; its storage is per add-in origin, see
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
import type { SettingKey, SettingsStore } from '../app/ports';

const PREFIX = 'htx-plan.';

/**
 * Storage can be missing or refuse access (disabled cookies, some file:// pages): then the
 * settings live for this page only. Losing a remembered language is the lesser harm, and the UI
 * keeps working.
 */
export function createLocalStorageSettings(
  storage: Storage | undefined = browserStorage(),
): SettingsStore {
  const fallback = createMemorySettings();
  return {
    get(key) {
      try {
        return storage?.getItem(PREFIX + key) ?? fallback.get(key);
      } catch {
        return fallback.get(key);
      }
    },
    set(key, value) {
      fallback.set(key, value);
      try {
        storage?.setItem(PREFIX + key, value);
      } catch {
        // Quota or access refused: the in-memory copy above still serves this page.
      }
    },
  };
}

export function createMemorySettings(
  initial: Partial<Record<SettingKey, string>> = {},
): SettingsStore {
  const values = new Map(Object.entries(initial) as [SettingKey, string][]);
  return {
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, value),
  };
}

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Reading window.localStorage itself throws when storage is blocked.
    return undefined;
  }
}
