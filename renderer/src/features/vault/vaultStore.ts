import { create } from 'zustand';
import type { VaultStatus } from '#shared/vault/model';
import { call } from '#renderer/api/client';

interface VaultState {
  status: VaultStatus | null;
  error: Error | null;
  load: () => Promise<void>;
  /** Runs a vault request and keeps the status it returns. */
  apply: (request: () => Promise<VaultStatus>) => Promise<void>;
}

export const useVault = create<VaultState>((set) => ({
  status: null,
  error: null,
  load: async () => {
    try {
      set({ status: await call('vault.status', {}), error: null });
    } catch (error) {
      set({ error: error instanceof Error ? error : new Error(String(error)) });
    }
  },
  apply: async (request) => set({ status: await request() }),
}));
