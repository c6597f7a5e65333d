import { create } from 'zustand';
import type { SampleStatus } from '#shared/sample/contract';
import { call } from '#renderer/api/client';

interface SampleState {
  status: SampleStatus | null;
  refresh: () => Promise<void>;
  load: () => Promise<void>;
  /** Resolves to how many sample rows had to stay because the user's own data uses them. */
  remove: () => Promise<number>;
}

/** The sample team's state, shared by the People screen's banner and the Settings panel. */
export const useSample = create<SampleState>((set, get) => ({
  status: null,
  refresh: async () => set({ status: await call('sample.status', {}) }),
  load: async () => {
    await call('sample.load', {});
    await get().refresh();
  },
  remove: async () => {
    const { kept } = await call('sample.remove', {});
    await get().refresh();
    return kept;
  },
}));
