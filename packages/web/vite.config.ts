import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * @cercle/core is pure (no module-level effects), but its schemas are built at module
 * level, so the bundler keeps zod unless told. The browser only needs the reducer,
 * limits and codes: this keeps the participant app small on venue Wi-Fi.
 */
const coreIsPure: Plugin = {
  name: 'cercle-core-is-pure',
  transform(code, id) {
    if (id.includes('/packages/core/src/')) return { code, map: null, moduleSideEffects: false };
    return null;
  },
};

export default defineConfig({
  plugins: [react(), coreIsPure],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', ws: true },
    },
  },
});
