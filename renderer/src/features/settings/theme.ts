import { useEffect } from 'react';
import { create } from 'zustand';
import type { Settings } from '#shared/settings/model';
import { call } from '#renderer/api/client';
import { applyTheme } from './applyTheme';

interface SettingsState {
  settings: Settings | null;
  load: () => Promise<void>;
  update: (patch: Partial<Settings>) => Promise<void>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  settings: null,
  load: async () => set({ settings: await call('settings.get', {}) }),
  /** Shows the change at once; puts the old value back if the store refuses it. */
  update: async (patch) => {
    const before = get().settings;
    if (before) set({ settings: { ...before, ...patch } });
    try {
      set({ settings: await call('settings.update', patch) });
    } catch (error) {
      set({ settings: before });
      throw error;
    }
  },
}));

export function useThemeFromSettings(): void {
  const { settings, load } = useSettings();
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings]);
}
