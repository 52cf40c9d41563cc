import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import { fileURLToPath, URL } from 'node:url'
import type { Plugin } from 'vite'

// `npm run dev` proxies the API; override with SITEWATCH_API_URL=http://host:port
const apiTarget = process.env.SITEWATCH_API_URL ?? 'http://127.0.0.1:8000'

/**
 * Message paths the entry carries (the login page; the forced password change loads the rest itself): the rest of a
 * locale file (pages' and administration texts) is a chunk of its own, fetched with the first signed-in
 * route (loadAppMessages in src/i18n.ts). The locale files themselves stay whole (the parity test reads them).
 */
export const ENTRY_MESSAGE_PATHS = [
  'app',
  'lang',
  'login',
  'errors',
  'header',
]

type Messages = { [key: string]: unknown }

function splitMessages(messages: Messages, paths: string[], keep: boolean, prefix = ''): Messages {
  const part: Messages = {}
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix + key
    const listed = paths.includes(path)
    const nested = paths.some((p) => p.startsWith(path + '.'))
    if (nested && value && typeof value === 'object') {
      const inner = splitMessages(value as Messages, paths, keep, path + '.')
      if (Object.keys(inner).length) part[key] = inner
    } else if (listed === keep) {
      part[key] = value
    }
  }
  return part
}

/** `locales/x.json?messages=entry|rest`: the entry's part of a locale file, or everything else. */
function localeParts(): Plugin {
  const query = /^(.*\.json)\?messages=(entry|rest)$/
  return {
    name: 'sitewatch-locale-parts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = query.exec(source)
      if (!match) return null
      const resolved = await this.resolve(match[1], importer, { skipSelf: true })
      // not "….json": Vite's JSON plugin would take it
      return resolved ? `\0locale-part:${match[2]}:${resolved.id}.js` : null
    },
    load(id) {
      if (!id.startsWith('\0locale-part:')) return null
      const [which, ...rest] = id.slice('\0locale-part:'.length, -'.js'.length).split(':')
      const file = rest.join(':')
      this.addWatchFile(file)
      const messages = JSON.parse(readFileSync(file, 'utf-8')) as Messages
      const part = splitMessages(messages, ENTRY_MESSAGE_PATHS, which === 'entry')
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))})`
    },
  }
}

/**
 * Writes `file.br` and `file.gz` next to every compressible built file (≥ 1 KB) so the backend serves
 * them as they are, at the highest levels, instead of compressing per request (backend/app.py
 * SPAStaticFiles). Node's own zlib: no extra dependency.
 */
function precompress(): Plugin {
  const compressible = /\.(js|mjs|css|html|svg|json|webmanifest)$/
  let outDir = 'dist'
  return {
    name: 'sitewatch-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name)
          return statSync(path).isDirectory() ? walk(path) : [path]
        })
      for (const file of walk(outDir)) {
        if (!compressible.test(file) || statSync(file).size < 1024) continue
        const body = readFileSync(file)
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }))
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        )
      }
    },
  }
}

/**
 * The entry script `async` at the end of <body> instead of a deferred one in <head>. A deferred script holds
 * DOMContentLoaded back until it has run, and Chromium grants the Web Lock of the early session refresh
 * (src/auth/session-restore.js) only after DOMContentLoaded: the refresh left ≈ 0.3–0.6 s later than asked, after
 * the app's evaluation (4× slower CPU). At the end of <body> the script still runs after #app and
 * session-restore.js exist; vue and graphql stay modulepreloaded and the stylesheet stays in <head>.
 */
function asyncEntry(): Plugin {
  return {
    name: 'sitewatch-async-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /\n?\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)
        const app = '<div id="app"></div>'
        if (!entry || !html.includes(app)) throw new Error('async entry: no entry script or #app in index.html')
        return html
          .replace(entry[0], '')
          .replace(app, `${app}\n    <script type="module" async crossorigin src="${entry[1]}"></script>`)
      },
    },
  }
}

/**
 * A classic (non-module) script of index.html, built under a content-hashed name in `assets/`, like the app's
 * own files: a returning visit takes it from the HTTP cache (`immutable`) or the service worker instead of a
 * round trip before the rest of the page is parsed (2 s of DevTools' Slow 3G at its `/session-restore.js`
 * name, bench/spa `--caches warm`). Vite copies such scripts only from `public/` and keeps their names.
 * In development the file is served from its source path as it is.
 */
function hashedClassicScript(source: string): Plugin {
  let body = ''
  let fileName = ''
  return {
    name: 'sitewatch-hashed-classic-script',
    apply: 'build',
    configResolved(config) {
      body = readFileSync(resolve(config.root, source.replace(/^\//, '')), 'utf-8')
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 8)
      const base = source.split('/').pop()!.replace(/\.js$/, '')
      fileName = `${config.build.assetsDir}/${base}-${hash}.js`
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: body })
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tag = `<script src="${source}"></script>`
        if (!html.includes(tag)) throw new Error(`hashed classic script: no ${tag} in index.html`)
        return html.replace(tag, `<script src="/${fileName}"></script>`)
      },
    },
  }
}

export default defineConfig({
  base: '/',
  plugins: [
    localeParts(),
    precompress(),
    asyncEntry(),
    hashedClassicScript('/src/auth/session-restore.js'),
    vue(),
    // Element Plus on demand: each <el-*> tag and v-loading imports its component and its CSS where it is
    // used, so a lazy route carries only the components it renders. Service APIs (ElMessage,
    // ElNotification, ElMessageBox) are imported explicitly in scripts; their CSS is imported in main.ts.
    Components({ dirs: [], dts: false, resolvers: [ElementPlusResolver({ importStyle: 'css' })] }),
  ],
  define: {
    // vue-i18n feature flags (silences the esm-bundler warning, drops legacy API)
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/graphql': { target: apiTarget, ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // tests/frontend/test_bundle_budgets.py follows each route's imports through the manifest.
    manifest: true,
    chunkSizeWarningLimit: 400,
    rollupOptions: {
      output: {
        // Chunks under 20 KB (before compression) are merged into others where Rollup can do it without
        // changing what runs when: the dashboard's route went from 41 to 28 files (same bytes), and a reload
        // inserts one preload link per file from the router guard (Vite's loader) and instantiates each
        // chunk: ≈ 0.1–0.4 s less with a 4× slower CPU (bench/spa/RESULTS.md, 2026-12-01 10:00). The login
        // page goes from 19 to 12 files, +0.6 KB.
        experimentalMinChunkSize: 20_000,
        // Element Plus is deliberately not grouped: its parts land with the routes that use them.
        manualChunks(id) {
          if (id.includes('node_modules/graphql-ws')) return undefined // loaded with the first subscription
          if (id.includes('node_modules/graphql') || id.includes('@urql') || id.includes('wonka')) return 'graphql'
          if (id.includes('node_modules/vue') || id.includes('@vue') || id.includes('@intlify')) return 'vue'
        },
      },
    },
  },
})
