import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// A relative base lets the built site work from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [svelte(), svelteTesting()],
  test: {
    include: ['test/**/*.test.ts'],
    // Component tests choose jsdom with a `// @vitest-environment jsdom` line; the engine runs in node.
    environment: 'node',
  },
});
