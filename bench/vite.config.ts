import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the benchmark's bare react-leaflet page (bench/bare-map); the output folder is given on the command line. It
 * ships the atlas's public folder, so that it reads the same dataset file, served the same way.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./bare-map', import.meta.url)),
  publicDir: fileURLToPath(new URL('../public', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    emptyOutDir: true,
    // One chunk on purpose: the bare page is the least a page drawing these shapes needs.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      onLog(level, log, handler) {
        // The atlas loads the basemap as a chunk of its own; the bare page imports it, so the atlas's dynamic import of
        // it (in a module the bare page shares) has nothing to split, which is as intended.
        if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
        handler(level, log);
      },
    },
  },
  logLevel: 'warn',
});
