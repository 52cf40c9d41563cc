/**
 * Access / refresh token storage (localStorage, shared by all tabs).
 *
 * Kept free of any GraphQL or Vue-router imports so the urql client, the
 * graphql-ws connection and the router guard can all depend on it.
 */
import { ref } from 'vue'

const ACCESS_KEY = 'sitewatch.accessToken'
const REFRESH_KEY = 'sitewatch.refreshToken'
const EXPIRES_KEY = 'sitewatch.accessExpiresAt'

export interface Tokens {
  accessToken: string
  refreshToken: string
  /** epoch milliseconds at which the access token expires */
  expiresAt: number
}

function read(): Tokens | null {
  try {
    const accessToken = localStorage.getItem(ACCESS_KEY)
    const refreshToken = localStorage.getItem(REFRESH_KEY)
    const expiresAt = Number(localStorage.getItem(EXPIRES_KEY) ?? '0')
    if (!accessToken || !refreshToken) return null
    return { accessToken, refreshToken, expiresAt: Number.isFinite(expiresAt) ? expiresAt : 0 }
  } catch {
    return null
  }
}

/** Reactive "is there a session in storage" flag, kept in sync across tabs. */
export const hasSession = ref(read() !== null)

export function getTokens(): Tokens | null {
  return read()
}

export function setTokens(accessToken: string, refreshToken: string, expiresInSeconds: number): void {
  const expiresAt = Date.now() + Math.max(0, expiresInSeconds) * 1000
  localStorage.setItem(ACCESS_KEY, accessToken)
  localStorage.setItem(REFRESH_KEY, refreshToken)
  localStorage.setItem(EXPIRES_KEY, String(expiresAt))
  hasSession.value = true
}

export function clearTokens(): void {
  localStorage.removeItem(ACCESS_KEY)
  localStorage.removeItem(REFRESH_KEY)
  localStorage.removeItem(EXPIRES_KEY)
  hasSession.value = false
}

/** True when the access token expires within `marginMs` (default 30 s). */
export function isExpiringSoon(marginMs = 30_000): boolean {
  const tokens = read()
  if (!tokens) return false
  return tokens.expiresAt - Date.now() < marginMs
}

/** Called when another tab changes the session (login / logout / refresh). */
export function onSessionStorageChange(listener: (present: boolean) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== ACCESS_KEY && event.key !== REFRESH_KEY) return
    const present = read() !== null
    hasSession.value = present
    listener(present)
  })
}
