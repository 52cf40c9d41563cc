import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { fileURLToPath, URL } from 'node:url'

// `npm run dev` proxies the API; override with SITEWATCH_API_URL=http://host:port
const apiTarget = process.env.SITEWATCH_API_URL ?? 'http://127.0.0.1:8000'

export default defineConfig({
  base: '/',
  plugins: [
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
        // Element Plus is deliberately not grouped: its parts land with the routes that use them.
        manualChunks(id) {
          if (id.includes('node_modules/graphql') || id.includes('@urql') || id.includes('wonka')) return 'graphql'
          if (id.includes('node_modules/vue') || id.includes('@vue') || id.includes('@intlify')) return 'vue'
        },
      },
    },
  },
})
