import { create } from 'zustand';

/** The "next time" capture dialog, openable from any screen (with or without a person chosen). */
interface NextTimeState {
  open: boolean;
  personId: string;
  /** Bumped after a topic is saved, so screens showing the queue reload. */
  version: number;
  show: (personId?: string) => void;
  close: () => void;
  saved: () => void;
}

export const useNextTime = create<NextTimeState>((set) => ({
  open: false,
  personId: '',
  version: 0,
  show: (personId = '') => set({ open: true, personId }),
  close: () => set({ open: false }),
  saved: () => set((s) => ({ open: false, version: s.version + 1 })),
}));
