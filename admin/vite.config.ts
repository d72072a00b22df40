import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// No React plugin: esbuild compiles JSX itself, and Fast Refresh is not needed for a build
// that runs at start. The app is served under /admin/ by the Dateline server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'react' },
  build: {
    outDir: 'dist',
    // Read by bin/admin-size.js to report what each screen loads first.
    manifest: true,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
    // Every script and stylesheet a separate file: the site's CSP allows no inline code.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // TipTap marks its React bindings "use client" for server components; meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
