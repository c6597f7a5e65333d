import { expect, it } from 'vitest';
import { defaultSettings } from '#shared/settings/model';
import { createSettingsStore } from '#electron/settings/store';

/** A key-value store like electron-store's, counting the reads made of it. */
function countingStore(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial));
  const store = { reads: 0, values };
  return {
    store,
    kv: {
      get: (key: string) => {
        store.reads++;
        return values.get(key);
      },
      set: (key: string, value: unknown) => void values.set(key, value),
    },
  };
}

it('reads the file once, then again only after an update: every handler asking for today no longer rereads it', () => {
  const { store, kv } = countingStore({ timeZone: 'Europe/Paris', weekStart: 'not a day' });
  const settings = createSettingsStore(kv);
  const first = settings.get();
  // A value that no longer validates still falls back to its default.
  expect(first).toMatchObject({ timeZone: 'Europe/Paris', weekStart: defaultSettings.weekStart });
  const readsOnce = store.reads;
  expect(settings.get()).toBe(first);
  expect(store.reads).toBe(readsOnce);

  const updated = settings.update({ timeZone: 'Asia/Tokyo' });
  expect(updated.timeZone).toBe('Asia/Tokyo');
  expect(settings.get()).toBe(updated);
  expect(store.values.get('timeZone')).toBe('Asia/Tokyo');
  expect(store.reads).toBe(2 * readsOnce);
});

it('hands out settings no caller can change for the next one', () => {
  const settings = createSettingsStore(countingStore().kv);
  expect(() => Object.assign(settings.get(), { timeZone: 'Asia/Tokyo' })).toThrow(TypeError);
  expect(settings.get().timeZone).toBe(defaultSettings.timeZone);
});
