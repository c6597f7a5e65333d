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
 *
 * Read once and kept until this store changes them (`update`, the only writer): electron-store
 * reads and parses its whole file for every key asked, so each `get` was a dozen file reads
 * and schema checks, and handlers ask on every call that needs "today". A hand edit of the file while Cairn runs takes effect at the next launch. The
 * object handed out is frozen, so no caller can change what the next one reads.
 */
export function createSettingsStore(kv: KeyValueStore): SettingsStore {
  let current: Settings | null = null;
  const read = (): Settings => {
    const result = { ...defaultSettings };
    for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
      const parsed = settingsSchema.shape[key].safeParse(kv.get(key));
      if (parsed.success) Object.assign(result, { [key]: parsed.data });
    }
    return Object.freeze(result);
  };
  const get = (): Settings => (current ??= read());
  return {
    get,
    update(patch) {
      current = null;
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) kv.set(key, value);
      current = null;
      return get();
    },
    raw: kv,
  };
}
