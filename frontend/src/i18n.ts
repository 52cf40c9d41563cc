import { createI18n } from 'vue-i18n'
import type zhCN from '@/locales/zh-CN.json'
import zhCNEntry from '@/locales/zh-CN.json?messages=entry'

export type AppLocale = 'zh-CN' | 'en'
export const LOCALES: readonly AppLocale[] = ['zh-CN', 'en']
const STORAGE_KEY = 'sitewatch.locale'

type MessageSchema = typeof zhCN

function initialLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved === 'en' || saved === 'zh-CN') return saved
  } catch {
    /* storage unavailable: fall through to the default */
  }
  return 'zh-CN'
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'zh-CN', // main.ts switches to the saved language once its messages are loaded
  fallbackLocale: 'zh-CN',
  missingWarn: false,
  fallbackWarn: false,
  // The entry ships the default language's login and header texts; the rest of it comes with the first
  // signed-in route (loadAppMessages), English whole when chosen (loadLocaleMessages).
  messages: { 'zh-CN': zhCNEntry } as Record<AppLocale, MessageSchema>,
})

let appMessages: Promise<void> | null = null

type Messages = { [key: string]: unknown }
const isMessages = (value: unknown): value is Messages => !!value && typeof value === 'object' && !Array.isArray(value)

/** The two parts of a split locale file (vite.config.ts `localeParts`) as one plain object. */
function mergeMessages(entry: Messages, rest: Messages): Messages {
  const merged: Messages = { ...entry }
  for (const [key, value] of Object.entries(rest)) {
    const current = merged[key]
    merged[key] = isMessages(current) && isMessages(value) ? mergeMessages(current, value) : value
  }
  return merged
}

/** The default language's page and administration texts (the router awaits them before a signed-in page). */
export function loadAppMessages(): Promise<void> {
  appMessages ??= import('@/locales/zh-CN.json?messages=rest').then(
    // Merged as plain objects, then set once: mergeLocaleMessage copies key by key into the reactive
    // messages (≈ 80 ms of a reload with a 4× slower CPU, every write through a Vue proxy).
    (rest) => i18n.global.setLocaleMessage('zh-CN', mergeMessages(zhCNEntry, rest.default) as MessageSchema),
    (error: unknown) => {
      appMessages = null // a failed fetch (network) is retried at the next navigation
      throw error
    },
  )
  return appMessages
}

/** Fetch a language's messages once (the default one is always there). */
export async function loadLocaleMessages(locale: AppLocale): Promise<void> {
  if (i18n.global.availableLocales.includes(locale)) return
  const messages = (await import('@/locales/en.json')).default
  i18n.global.setLocaleMessage(locale, messages as MessageSchema)
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}

export async function setLocale(locale: AppLocale): Promise<void> {
  await loadLocaleMessages(locale)
  i18n.global.locale.value = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    /* ignore */
  }
  document.documentElement.lang = locale
}

export { initialLocale }

document.documentElement.lang = initialLocale()
