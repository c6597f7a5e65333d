import { create } from 'zustand';

const VISIBLE_MS = 6000;

interface NoticeState {
  message: string;
  tone: 'info' | 'error';
  visible: boolean;
  show: (message: string, tone?: 'info' | 'error') => void;
}

let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** The one status line of the app, read out by screen readers when it changes. */
export const useNotice = create<NoticeState>((set) => ({
  message: '',
  tone: 'info',
  visible: false,
  show: (message, tone = 'info') => {
    clearTimeout(hideTimer);
    set({ message, tone, visible: true });
    hideTimer = setTimeout(() => set({ visible: false }), VISIBLE_MS);
  },
}));
