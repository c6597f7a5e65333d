import { defineConfig } from 'vitest/config';
import { pathAliases } from './pathAliases';

// The machine is shared and noisy; tests assert results, never timings.
const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: pathAliases },
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
        resolve: { alias: pathAliases },
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
