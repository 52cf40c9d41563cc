import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'

// `npm run dev` proxies the API; override with SITEWATCH_API_URL=http://host:port
const apiTarget = process.env.SITEWATCH_API_URL ?? 'http://127.0.0.1:8000'

export default defineConfig({
  base: '/',
  plugins: [vue()],
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
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/element-plus') || id.includes('@element-plus')) return 'element-plus'
          if (id.includes('node_modules/graphql') || id.includes('@urql') || id.includes('wonka')) return 'graphql'
          if (id.includes('node_modules/vue') || id.includes('@vue') || id.includes('@intlify')) return 'vue'
        },
      },
    },
  },
})
