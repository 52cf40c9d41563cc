import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import urql from '@urql/vue'
import App from '@/App.vue'
import { i18n } from '@/i18n'
import { router } from '@/router'
import { client } from '@/graphql/client'
import '@/styles/main.css'

const app = createApp(App)
app.use(i18n)
app.use(ElementPlus)
app.use(urql, client)
app.use(router)
app.mount('#app')
