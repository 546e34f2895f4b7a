import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { parse } from 'graphql';
import { defineConfig, type Plugin } from 'vite';
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

/**
 * What @graphql-codegen/client-preset's Babel plugin does, done for Vite: each `graphql(`…`)` call in
 * our sources becomes an import of the document codegen generated for it (`OfferPageDocument`,
 * `ContactTrackingFieldsFragmentDoc`…), each served as its own small module (the object copied from
 * src/gql/graphql.ts). So the runtime map of src/gql/gql.ts — every document's text and object,
 * whoever uses it — never ships, and each document lands in the chunk that uses it: the
 * contact-request documents stay in their lazy pages. Lines are kept, so source maps hold.
 * Tests (vitest.config.ts) run without it, on the map.
 */
function graphqlDocumentImports(): Plugin {
  const generatedFile = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const PREFIX = 'virtual:balise-gql/';
  const generatedDocument = (name: string): string | undefined =>
    new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode<`, 'm').exec(readFileSync(generatedFile, 'utf8'))?.[1];
  return {
    name: 'balise:graphql-document-imports',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      this.addWatchFile(generatedFile);
      const name = id.slice(PREFIX.length + 1);
      return `export const ${name} = ${generatedDocument(name)};\n`;
    },
    transform(code, id) {
      call.lastIndex = 0;
      if (!/\/src\/.+\.tsx?$/.test(id) || id.includes('/src/gql/') || !call.test(code)) return null;
      const names = new Set<string>();
      const replaced = code.replace(call, (text, source: string) => {
        const [definition] = parse(source).definitions;
        if (!definition || (definition.kind !== 'OperationDefinition' && definition.kind !== 'FragmentDefinition') || !definition.name) {
          throw new Error(`${id}: a graphql() document must start with a named operation or fragment`);
        }
        const name = `${definition.name.value}${definition.kind === 'FragmentDefinition' ? 'FragmentDoc' : 'Document'}`;
        if (!generatedDocument(name)) throw new Error(`${id}: ${name} is not in src/gql/graphql.ts — run \`pnpm --filter @balise/web codegen\``);
        names.add(name);
        return name + '\n'.repeat(text.split('\n').length - 1);
      });
      const withoutMap = replaced.replace(/^import \{ graphql \} from '[./]+\/gql\/index\.js';$/m, '');
      const imports = [...names].map((name) => `import { ${name} } from '${PREFIX}${name}';`).join(' ');
      return { code: `${imports}${withoutMap}`, map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    graphqlDocumentImports(),
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
