/**
 * The one urql client of the SPA.
 *
 *  - HTTP: same-origin POST /graphql with `Authorization: Bearer <access>`.
 *  - Refresh: POST /api/auth/refresh with the HttpOnly refresh cookie (rotated
 *    there) when the access token is missing (reload, new tab), about to expire,
 *    or a request fails with extensions.code UNAUTHENTICATED. One refresh at a
 *    time per browser (Web Locks), so two tabs never present the same refresh
 *    token twice (the server treats that as reuse and revokes the family).
 *  - WebSocket: graphql-ws (graphql-transport-ws) at ws(s)://<host>/graphql,
 *    authenticated through connectionParams.
 */
import {
  Client,
  cacheExchange,
  fetchExchange,
  subscriptionExchange,
  type Operation,
} from '@urql/core'
import { authExchange } from '@urql/exchange-auth'
import type { Client as WsClient } from 'graphql-ws'
import { REFRESH_PATH, clearTokens, getTokens, hasSession, isExpiringSoon, setTokens } from '@/auth/tokens'

export const GRAPHQL_PATH = '/graphql'

/** Operations that must never carry (or wait for) an access token. */
const PUBLIC_OPERATIONS = new Set(['Login', 'RefreshToken'])
/**
 * Operations that must not trigger a refresh: logging out with a refresh token
 * that a refresh just rotated would look like token reuse to the server.
 */
const NO_REFRESH_OPERATIONS = new Set(['Login', 'RefreshToken', 'Logout'])

function operationName(operation: Operation): string | undefined {
  for (const definition of operation.query.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value
  }
  return undefined
}

function isPublicOperation(operation: Operation): boolean {
  const name = operationName(operation)
  return name !== undefined && PUBLIC_OPERATIONS.has(name)
}

function mayRefresh(operation: Operation): boolean {
  const name = operationName(operation)
  return name === undefined || !NO_REFRESH_OPERATIONS.has(name)
}

// ---------------------------------------------------------------------------
// Session-loss notification (set by the auth composable; avoids import cycles)
// ---------------------------------------------------------------------------
type SessionLostHandler = (reason: string) => void
let handler: SessionLostHandler | null = null
// A loss found before the auth composable is wired (the early refresh of a reload) is told to it then.
let missedLoss: string | null = null
function sessionLostHandler(reason: string): void {
  if (handler) handler(reason)
  else missedLoss = reason
}
export function onSessionLost(next: SessionLostHandler): void {
  handler = next
  if (missedLoss !== null) {
    const reason = missedLoss
    missedLoss = null
    next(reason)
  }
}

// ---------------------------------------------------------------------------
// Token refresh
// ---------------------------------------------------------------------------
type RefreshOutcome = 'ok' | 'invalid' | 'network'
let inflightRefresh: Promise<RefreshOutcome> | null = null

interface RefreshAnswer {
  accessToken?: string
  expiresIn?: number
  code?: string
}

interface RefreshResponse {
  ok: boolean
  status: number
  body: RefreshAnswer | null
}

declare global {
  interface Window {
    /** the refresh src/auth/session-restore.js started before the app was evaluated (taken once) */
    __sitewatchRefresh?: Promise<RefreshResponse>
  }
}

async function postRefresh(): Promise<RefreshOutcome> {
  let answer: RefreshResponse
  try {
    const response = await fetch(REFRESH_PATH, { method: 'POST', credentials: 'same-origin' })
    answer = { ok: response.ok, status: response.status, body: (await response.json()) as RefreshAnswer }
  } catch {
    return 'network'
  }
  return applyRefresh(answer)
}

function applyRefresh({ ok, status, body: payload }: RefreshResponse): RefreshOutcome {
  if (ok && payload?.accessToken && payload.expiresIn !== undefined) {
    setTokens(payload.accessToken, payload.expiresIn)
    return 'ok'
  }
  if (status === 401) {
    clearTokens()
    sessionLostHandler(payload?.code ?? 'UNAUTHENTICATED')
    return 'invalid'
  }
  // A server-side error: keep the session, report as network.
  return 'network'
}

/** The early refresh of a reload (src/auth/session-restore.js), if there is one not yet taken. */
function takeEarlyRefresh(): Promise<RefreshOutcome> | null {
  const early = typeof window !== 'undefined' ? window.__sitewatchRefresh : undefined
  if (!early) return null
  delete window.__sitewatchRefresh
  return early.then(applyRefresh, () => 'network' as const)
}

async function refreshUnderLock(): Promise<RefreshOutcome> {
  if (!hasSession.value) {
    sessionLostHandler('UNAUTHENTICATED')
    return 'invalid'
  }
  // This tab got a fresh token while it waited for the lock.
  if (!isExpiringSoon(10_000)) return 'ok'
  return postRefresh()
}

/** Refresh the access token once; concurrent callers share the same promise. */
export function refreshTokens(): Promise<RefreshOutcome> {
  if (inflightRefresh) return inflightRefresh
  if (!hasSession.value) {
    sessionLostHandler('UNAUTHENTICATED')
    return Promise.resolve('invalid')
  }
  const early = takeEarlyRefresh()
  if (early) {
    inflightRefresh = early.finally(() => {
      inflightRefresh = null
    })
    return inflightRefresh
  }
  const run = () => refreshUnderLock()
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  const promise: Promise<RefreshOutcome> = locks
    ? (locks.request('sitewatch-token-refresh', run) as unknown as Promise<RefreshOutcome>)
    : run()
  inflightRefresh = promise.finally(() => {
    inflightRefresh = null
  })
  return inflightRefresh
}

// ---------------------------------------------------------------------------
// WebSocket (subscriptions)
// ---------------------------------------------------------------------------
function websocketUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${protocol}//${window.location.host}${GRAPHQL_PATH}`
}

// graphql-ws is fetched with the first subscription, not with the login page.
let wsClient: Promise<WsClient> | null = null

function websocketClient(): Promise<WsClient> {
  wsClient ??= import('graphql-ws').then(({ createClient }) =>
    createClient({
      url: websocketUrl,
      lazy: true,
      retryAttempts: 8,
      shouldRetry: () => hasSession.value,
      connectionParams: async () => {
        if (isExpiringSoon()) await refreshTokens()
        const tokens = getTokens()
        return tokens ? { Authorization: `Bearer ${tokens.accessToken}` } : {}
      },
    }),
  )
  return wsClient
}

/**
 * The cursor of a subscription item (`{ data: { alerts: { cursor } } }`), if it has one.
 *
 * graphql-ws re-sends the very payload object of the first subscribe when it reconnects by itself
 * after a dropped socket (a backend instance killed or restarted). For a subscription with a
 * `since` variable the cursor of each delivered item is written into that payload, so the retry
 * resumes after the last item seen: without it, a retry started again at the first `since`
 * (null: from the newest, so alerts raised while the socket was down were lost; an old cursor:
 * everything after it again, shown twice).
 */
function resumeCursor(value: unknown): string | undefined {
  const data = (value as { data?: Record<string, unknown> | null } | null)?.data
  if (!data) return undefined
  for (const field of Object.values(data)) {
    const cursor = (field as { cursor?: unknown } | null)?.cursor
    if (typeof cursor === 'string') return cursor
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Client
// ---------------------------------------------------------------------------
export function createGraphqlClient(): Client {
  return new Client({
    url: GRAPHQL_PATH,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const tokens = getTokens()
          if (!tokens || isPublicOperation(operation)) return operation
          return utils.appendHeaders(operation, { Authorization: `Bearer ${tokens.accessToken}` })
        },
        willAuthError(operation) {
          if (!mayRefresh(operation)) return false
          return isExpiringSoon()
        },
        didAuthError(error, operation) {
          if (!mayRefresh(operation)) return false
          return (
            error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
            error.response?.status === 401
          )
        },
        async refreshAuth() {
          await refreshTokens()
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const variables: Record<string, unknown> = { ...(request.variables ?? {}) }
          const input = { ...request, query: request.query ?? '', variables }
          return {
            subscribe(sink) {
              let stop: (() => void) | null = null
              let stopped = false
              const resuming: typeof sink =
                'since' in variables
                  ? {
                      next(value) {
                        const cursor = resumeCursor(value)
                        if (cursor) variables.since = cursor
                        sink.next(value)
                      },
                      error: (error) => sink.error(error),
                      complete: () => sink.complete(),
                    }
                  : sink
              websocketClient().then(
                (ws) => {
                  if (!stopped) stop = ws.subscribe(input, resuming)
                },
                (error: unknown) => sink.error(error),
              )
              return {
                unsubscribe() {
                  stopped = true
                  stop?.()
                },
              }
            },
          }
        },
      }),
    ],
  })
}

export const client = createGraphqlClient()
