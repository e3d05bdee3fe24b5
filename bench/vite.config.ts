import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the benchmark's bare react-leaflet page (bench/bare-map); the output folder is given on the command line. */
export default defineConfig({
  root: fileURLToPath(new URL('./bare-map', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { target: 'es2022', emptyOutDir: true },
  logLevel: 'warn',
});
