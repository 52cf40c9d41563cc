import { useI18n } from 'vue-i18n'

export interface UserErrorLike {
  code: string
  message?: string
  article?: string | null
}

/**
 * Localized text for a typed refusal (`UserError.code`, optionally citing an
 * article). Unknown codes fall back to a generic line plus the server's text.
 */
export function useUserError() {
  const { t, te } = useI18n()
  return (error: UserErrorLike): string => {
    const code = error.code.endsWith('_NOT_FOUND') && !te(`workflowErrors.${error.code}`) ? 'NOT_FOUND' : error.code
    const key = `workflowErrors.${code}`
    const text = te(key) ? t(key) : t('workflowErrors.UNKNOWN', { message: error.message ?? code })
    return error.article ? t('workflowErrors.withArticle', { article: error.article, text }) : text
  }
}
