import { existsSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const BRAND_GREEN = '#0b5d4b';

/**
 * "Mes démarches" refreshes the statuses of a kind of entry only once the committed schema has its
 * tracking query (see src/features/my-steps/refresh.ts): contact requests and bookings separately.
 */
function trackingQueriesInSchema(): { 'contact-request': boolean; booking: boolean } {
  const schemaFile = new URL('../schema/schema.graphql', import.meta.url);
  const schema = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
  return { 'contact-request': /\bcontactRequestByToken\s*\(/.test(schema), booking: /\bbookingByToken\s*\(/.test(schema) };
}

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // Our own TypeScript service worker (src/sw.ts); Workbox only injects the precache list.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // Registered by src/app/pwa/register.ts (workbox-window), in production builds only.
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      // The icons are already in the precache list through globPatterns.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Balise — l’aide pour les 15–30 ans',
        short_name: 'Balise',
        description: 'Trouve l’aide qui existe pour toi, près de chez toi : santé, logement, emploi, formation, mobilité… Demande à être rappelé·e ou réserve une place en atelier.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: BRAND_GREEN,
        background_color: '#ffffff',
        categories: ['education', 'lifestyle', 'social'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // A classic (non-module) worker: registrable in every browser, no `type: 'module'` needed.
        rollupFormat: 'iife',
        // The built shell: scripts, styles, the page, icons, fonts. Never source maps (*.map is not listed).
        // The web manifest is added by the plugin itself.
        globPatterns: ['**/*.{js,css,html,png,svg,ico,woff,woff2}'],
        // The partner area (assets/pro/, see chunkFileNames below) is for professionals on their own
        // devices: the youth's phone never downloads it ahead of time.
        globIgnores: ['**/*.map', 'sw.js', 'assets/pro/**'],
      },
      devOptions: { enabled: false },
    }),
  ],
  define: { __BALISE_TRACKING_QUERIES__: JSON.stringify(trackingQueriesInSchema()) },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Chunks made only of the partner area go to assets/pro/ so the service worker can leave them out.
        chunkFileNames: (chunk) => {
          const inPro = (id: string) => id.includes('/src/features/pro/');
          const proOnly = (chunk.facadeModuleId !== null && inPro(chunk.facadeModuleId)) || (chunk.moduleIds.length > 0 && chunk.moduleIds.every(inPro));
          return proOnly ? 'assets/pro/[name]-[hash].js' : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
