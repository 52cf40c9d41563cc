/**
 * Token storage.
 *
 * The access token lives in memory only (never in localStorage, where any script could read
 * it). The refresh token is an HttpOnly cookie the server scoped to `/api/auth/refresh`: script
 * cannot read it at all; a reload or a new tab gets its access token by POSTing there.
 *
 * localStorage keeps one non-secret marker ("a session exists") so tabs learn of logins and
 * logouts in other tabs and the router knows whether a refresh is worth trying.
 *
 * Kept free of any GraphQL or Vue-router imports so the urql client, the graphql-ws connection
 * and the router guard can all depend on it.
 */
import { ref } from 'vue'

const SESSION_MARKER_KEY = 'sitewatch.session'
export const REFRESH_PATH = '/api/auth/refresh'

export interface Tokens {
  accessToken: string
  /** epoch milliseconds at which the access token expires */
  expiresAt: number
}

let memory: Tokens | null = null

function markerPresent(): boolean {
  try {
    return localStorage.getItem(SESSION_MARKER_KEY) === '1'
  } catch {
    return false
  }
}

/** Reactive "is there a session (cookie) to use" flag, kept in sync across tabs. */
export const hasSession = ref(markerPresent())

/** The in-memory access token, or null (then `refreshAccessToken` may get one from the cookie). */
export function getTokens(): Tokens | null {
  return memory
}

export function setTokens(accessToken: string, expiresInSeconds: number): void {
  memory = { accessToken, expiresAt: Date.now() + Math.max(0, expiresInSeconds) * 1000 }
  localStorage.setItem(SESSION_MARKER_KEY, '1')
  hasSession.value = true
}

export function clearTokens(): void {
  memory = null
  localStorage.removeItem(SESSION_MARKER_KEY)
  hasSession.value = false
}

/**
 * The access token's `role` claim, or null. Read without verifying anything: only a hint for which
 * page's data to start fetching early (the server decides what the token may do).
 */
export function accessTokenRole(): string | null {
  const payload = memory?.accessToken.split('.')[1]
  if (!payload) return null
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const role = (JSON.parse(json) as { role?: unknown }).role
    return typeof role === 'string' ? role : null
  } catch {
    return null
  }
}

/** True when a session exists and its access token is missing or expires within `marginMs`. */
export function isExpiringSoon(marginMs = 30_000): boolean {
  if (!hasSession.value) return false
  return memory === null || memory.expiresAt - Date.now() < marginMs
}

/** Called when another tab changes the session (login / logout). */
export function onSessionStorageChange(listener: (present: boolean) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== SESSION_MARKER_KEY) return
    const present = markerPresent()
    hasSession.value = present
    if (!present) memory = null
    listener(present)
  })
}
