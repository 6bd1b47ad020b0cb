/**
 * Settings that tell their readers when they change. The App keeps the language and writes
 * it to the settings; the web app's own parts (file bar, grid) sit outside the App and learn
 * the new language here, so the whole page switches together.
 */
import type { SettingKey, SettingsStore } from '../app/ports';

export interface ObservedSettings extends SettingsStore {
  subscribe(listener: () => void): () => void;
}

export function observeSettings(base: SettingsStore): ObservedSettings {
  const listeners = new Set<() => void>();
  return {
    get: (key: SettingKey) => base.get(key),
    set(key, value) {
      base.set(key, value);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
