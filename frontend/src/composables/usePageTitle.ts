import { watchEffect, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'

/** Sets document.title to "<title> · <product name>" while the page is shown. */
export function usePageTitle(title: Ref<string | null | undefined>) {
  const { t } = useI18n()
  watchEffect(() => {
    if (title.value) document.title = `${title.value} · ${t('app.name')}`
  })
}
