import { defaultSettings, settingsSchema, type Settings } from '#shared/settings/model';

/** The part of electron-store (and of `conf`, which it wraps) that settings need. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
  raw: KeyValueStore;
}

/**
 * Settings live beside the data file, not in it, so that the data location itself can be a
 * setting. A hand-edited value that no longer validates falls back to its default instead
 * of stopping the app.
 */
export function createSettingsStore(kv: KeyValueStore): SettingsStore {
  const get = (): Settings => {
    const result = { ...defaultSettings };
    for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
      const parsed = settingsSchema.shape[key].safeParse(kv.get(key));
      if (parsed.success) Object.assign(result, { [key]: parsed.data });
    }
    return result;
  };
  return {
    get,
    update(patch) {
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) kv.set(key, value);
      return get();
    },
    raw: kv,
  };
}
