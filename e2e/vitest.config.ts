import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.e2e.test.ts'], testTimeout: 60_000, hookTimeout: 240_000, fileParallelism: false },
});
