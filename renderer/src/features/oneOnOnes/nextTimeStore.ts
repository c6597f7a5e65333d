import { create } from 'zustand';

/** The "next time" capture dialog, openable from any screen (with or without a person chosen). */
interface NextTimeState {
  open: boolean;
  personId: string;
  show: (personId?: string) => void;
  close: () => void;
  saved: () => void;
}

export const useNextTime = create<NextTimeState>((set) => ({
  open: false,
  personId: '',
  show: (personId = '') => set({ open: true, personId }),
  close: () => set({ open: false }),
  saved: () => set({ open: false }),
}));
