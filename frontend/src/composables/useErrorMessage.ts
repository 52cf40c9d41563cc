import type { CombinedError } from '@urql/core'
import { useI18n } from 'vue-i18n'
import { errorCode } from '@/graphql/errors'

/** Localized, user-facing text for a failed GraphQL operation. */
export function useErrorMessage() {
  const { t } = useI18n()
  return (error: CombinedError | null | undefined): string => {
    const code = errorCode(error)
    return code ? t(`errors.${code}`) : ''
  }
}
