import { useEffect } from 'react';
import { create } from 'zustand';

/** Something the screen in view can do, offered in the palette (and in its `?` sheet). */
export interface ScreenAction {
  /** Unique on the screen; also the palette option's key. */
  id: string;
  label: string;
  /** The shortcut in words ("Alt+Shift+D"), shown beside the label. */
  keys?: string;
  run: () => void;
}

interface ScreenActionsState {
  /** What the actions are about ("1:1 with Ada Lovelace"): the palette's group label. */
  title: string;
  actions: readonly ScreenAction[];
}

export const useScreenActions = create<ScreenActionsState>(() => ({ title: '', actions: [] }));

/** Offers `actions` in the palette while the calling screen is shown; they go when it does. */
export function useOfferScreenActions(title: string, actions: readonly ScreenAction[]) {
  useEffect(() => {
    useScreenActions.setState({ title, actions });
  }, [title, actions]);
  useEffect(() => () => useScreenActions.setState({ title: '', actions: [] }), []);
}
