import { computed, ref } from 'vue'
import { client, onSessionLost, refreshTokens } from '@/graphql/client'
import { clearTokens, getTokens, hasSession, onSessionStorageChange, setTokens } from '@/auth/tokens'
import {
  CompletePasswordChangeDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  type CurrentUserFragment,
  type Role,
} from '@/graphql/generated/graphql'
import { errorCode } from '@/graphql/errors'

export type CurrentUser = CurrentUserFragment

const user = ref<CurrentUser | null>(null)

/** Roles whose scope is a single construction site. */
export const SITE_ROLES: readonly Role[] = ['CONSTRUCTION_UNIT', 'SUPERVISOR', 'CONTRACTOR']

/**
 * Leave the app for the login page with a full page load: this drops the urql
 * cache and every component's state, so nothing of one user's data survives
 * into the next user's session.
 */
function goToLogin(reason?: string, comeBack = true): void {
  const here = window.location.pathname + window.location.search
  const params = new URLSearchParams()
  if (reason) params.set('reason', reason)
  if (comeBack && !here.startsWith('/login') && here !== '/') params.set('redirect', here)
  const query = params.toString()
  window.location.assign(`/login${query ? `?${query}` : ''}`)
}

let wired = false
function wireSessionEvents(): void {
  if (wired) return
  wired = true
  onSessionLost((reason) => {
    user.value = null
    if (!window.location.pathname.startsWith('/login')) goToLogin(reason)
  })
  // Logged out (or in as someone else) in another tab.
  onSessionStorageChange((present) => {
    if (!present && user.value) {
      user.value = null
      goToLogin(undefined, false)
    }
  })
}

export type LoginOutcome =
  | { ok: true; user: CurrentUser }
  | { ok: false; code: string; message: string; retryAfterSeconds?: number; changeToken?: string; field?: string | null }

export type LoadUserOutcome = 'ok' | 'unauthenticated' | 'network'

async function login(username: string, password: string): Promise<LoginOutcome> {
  // The refresh token comes back as an HttpOnly cookie, never in the body.
  const result = await client
    .mutation(LoginDocument, { username, password }, { fetchOptions: { headers: { 'X-Refresh-Cookie': '1' } } })
    .toPromise()
  const payload = result.data?.login
  if (!payload) {
    const code = errorCode(result.error) ?? 'UNKNOWN'
    return { ok: false, code, message: result.error?.message ?? '' }
  }
  if (payload.__typename === 'LoginSuccess') return startSession(payload)
  if (payload.__typename === 'RateLimited') {
    return { ok: false, code: payload.code, message: payload.message, retryAfterSeconds: payload.retryAfterSeconds }
  }
  if (payload.__typename === 'PasswordChangeRequired') {
    return { ok: false, code: payload.code, message: payload.message, changeToken: payload.changeToken }
  }
  return { ok: false, code: payload.code, message: payload.message }
}

async function startSession(tokens: { accessToken: string; expiresIn: number }): Promise<LoginOutcome> {
  setTokens(tokens.accessToken, tokens.expiresIn)
  // The scope (district / project / organization) comes from `me`, asked
  // with the new token, not from the login payload.
  const outcome = await loadUser()
  if (outcome === 'ok' && user.value) return { ok: true, user: user.value }
  clearTokens()
  const code = outcome === 'network' ? 'NETWORK' : 'UNAUTHENTICATED'
  return { ok: false, code, message: '' }
}

/** A new or reset account: the password the level above set is replaced before a session starts. */
async function completePasswordChange(changeToken: string, newPassword: string): Promise<LoginOutcome> {
  // As at login, the refresh token comes back as an HttpOnly cookie, never in the body.
  const result = await client
    .mutation(
      CompletePasswordChangeDocument,
      { changeToken, newPassword },
      { fetchOptions: { headers: { 'X-Refresh-Cookie': '1' } } },
    )
    .toPromise()
  const payload = result.data?.completePasswordChange
  if (!payload) return { ok: false, code: errorCode(result.error) ?? 'UNKNOWN', message: result.error?.message ?? '' }
  if (payload.__typename === 'LoginSuccess') return startSession(payload)
  return { ok: false, code: payload.code, message: payload.message, field: 'field' in payload ? payload.field : null }
}

/**
 * Ask the server who is signed in. `whenAuthenticated` runs once an access token is there (after the
 * refresh a reload needs), before `me` is asked: the router guard starts the page's queries there, in
 * parallel with `me` rather than after it.
 */
async function loadUser(whenAuthenticated?: () => void): Promise<LoadUserOutcome> {
  if (!hasSession.value) return 'unauthenticated'
  if (!getTokens()) {
    // A reload or a new tab: the access token was in memory only; the cookie gets a new one.
    const refreshed = await refreshTokens()
    if (refreshed === 'network') return 'network'
    if (refreshed !== 'ok') return 'unauthenticated'
  }
  whenAuthenticated?.()
  const result = await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise()
  if (result.data?.me) {
    user.value = result.data.me
    return 'ok'
  }
  const code = errorCode(result.error)
  if (code === 'NETWORK' || code === 'UNKNOWN') return 'network'
  clearTokens()
  user.value = null
  return 'unauthenticated'
}

async function logout(): Promise<void> {
  if (getTokens()) {
    try {
      // Ends this session server-side (its refresh family) and clears the cookie.
      await client.mutation(LogoutDocument, { refreshToken: null }).toPromise()
    } catch {
      /* the session is dropped locally whatever the server says */
    }
  }
  clearTokens()
  user.value = null
  goToLogin('loggedOut', false)
}

export function useAuth() {
  wireSessionEvents()
  return {
    user: computed(() => user.value),
    isAuthenticated: computed(() => hasSession.value),
    login,
    completePasswordChange,
    logout,
    loadUser,
  }
}
