import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// A relative base lets the built site work from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
