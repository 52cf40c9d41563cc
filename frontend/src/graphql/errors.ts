import type { CombinedError } from '@urql/core'

/** Error codes the UI knows how to localize (see locales `errors.*`). */
export const KNOWN_ERROR_CODES = [
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'INVALID_REFRESH_TOKEN',
  'REFRESH_TOKEN_REUSED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'NETWORK',
  'UNKNOWN',
] as const

export type ErrorCode = (typeof KNOWN_ERROR_CODES)[number]

export function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (KNOWN_ERROR_CODES as readonly string[]).includes(code)
}

/** Reduce a urql CombinedError to one code from `KNOWN_ERROR_CODES`. */
export function errorCode(error: CombinedError | null | undefined): ErrorCode | null {
  if (!error) return null
  if (error.networkError) return 'NETWORK'
  for (const gqlError of error.graphQLErrors) {
    const code = gqlError.extensions?.code
    if (isKnownErrorCode(code)) return code
  }
  return 'UNKNOWN'
}

export function hasErrorCode(error: CombinedError | null | undefined, code: string): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === code)
}
