// first: a reload's session refresh starts before the rest of the app is evaluated
import '@/auth/restore'
import { createApp } from 'vue'
// Element Plus components come on demand (vite.config.ts); the service APIs called from scripts need their CSS.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/notification/style/css'
import 'element-plus/es/components/message-box/style/css'
import urql from '@urql/vue'
import App from '@/App.vue'
import { i18n, initialLocale, setLocale } from '@/i18n'
import { router } from '@/router'
import { client } from '@/graphql/client'
import '@/styles/main.css'

const app = createApp(App)
app.use(i18n)
app.use(urql, client)
app.use(router)
// A saved non-default language is loaded before the first render (no flash of the other language).
const saved = initialLocale()
;(saved === 'zh-CN' ? Promise.resolve() : setLocale(saved)).finally(() => app.mount('#app'))
