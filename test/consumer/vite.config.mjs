// No @vitejs/plugin-react: esbuild's automatic JSX runtime is all a production build needs.
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: false },
  logLevel: 'warn',
});
