import { defineConfig } from 'vitest/config';

// Unit tests of the web app's logic (stores, helpers). IndexedDB comes from fake-indexeddb.
export default defineConfig({
  test: { environment: 'node', include: ['src/**/*.test.{ts,tsx}'] },
});
