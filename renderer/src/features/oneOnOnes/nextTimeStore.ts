import { create } from 'zustand';

/** The "next time" capture dialog, openable from any screen (with or without a person chosen). */
interface NextTimeState {
  open: boolean;
  personId: string;
  /** Words to start from: the notes line the topic was made from. */
  text: string;
  show: (personId?: string, text?: string) => void;
  close: () => void;
  saved: () => void;
}

export const useNextTime = create<NextTimeState>((set) => ({
  open: false,
  personId: '',
  text: '',
  show: (personId = '', text = '') => set({ open: true, personId, text }),
  close: () => set({ open: false }),
  saved: () => set({ open: false }),
}));
