import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Suites start real registries and child processes: give them room, and run files in
    // separate processes so a crashed registry cannot take another suite down with it.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    server: {
      deps: {
        // GitHub's action metadata parser imports its JSON schemas without import attributes,
        // which Node refuses: vitest transforms it instead (__tests__/action-metadata.test.ts).
        inline: ['@actions/workflow-parser'],
      },
    },
  },
});
