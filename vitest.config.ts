import { defineConfig } from 'vitest/config';

// The machine is shared and noisy; tests assert results, never timings.
const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          ...timeouts,
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          pool: 'forks',
          setupFiles: ['test/support/noNetwork.ts'],
        },
      },
      {
        test: {
          name: 'components',
          ...timeouts,
          environment: 'jsdom',
          include: ['test/components/**/*.test.tsx'],
          setupFiles: ['test/components/setup.ts'],
        },
      },
    ],
  },
});
