import { create } from 'zustand';
import type { EvidenceSourceInput } from '#shared/evidence/model';

/** What a capture starts from: the person, where it was seen and the passage selected there. */
export interface CaptureRequest {
  personId?: string;
  source?: EvidenceSourceInput;
  /** Words naming the source in the dialog ("1:1 of Thu 3 Dec, private notes"). */
  sourceLabel?: string;
  /** The selected passage, or the takeaway or check-in note. */
  text?: string;
  /** The date it was seen: the source's date. */
  seenOn?: string;
}

interface CaptureState {
  open: boolean;
  request: CaptureRequest;
  show: (request?: CaptureRequest) => void;
  close: () => void;
  saved: () => void;
}

/** The "Log evidence" dialog, openable from any screen: the notes shortcut, a session, a check-in, the palette. */
export const useEvidenceCapture = create<CaptureState>((set) => ({
  open: false,
  request: {},
  show: (request = {}) => set({ open: true, request }),
  close: () => set({ open: false }),
  // Screens showing the log refresh themselves once the entry is committed (shared/ipc/changes.ts).
  saved: () => set({ open: false }),
}));

/** Ctrl+Shift+E (Cmd+Shift+E on macOS): log the selected passage as evidence. */
export const isLogEvidenceShortcut = (e: KeyboardEvent | React.KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'e';
