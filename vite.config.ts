/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// base './' makes the built site work from any sub-path (GitHub Pages, a blog's /demo/ folder).
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  worker: { format: 'es' },
  // The dependency scan does not follow the worker entry; without this, zod is discovered late
  // on a fresh clone and the page reloads once during its first visit.
  optimizeDeps: { entries: ['index.html', 'embed.html', 'src/worker/sim.worker.ts'] },
  build: {
    rollupOptions: {
      input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
