import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    // CLI tests spawn node and load jieba (~1 s each); the default 5 s is tight on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
