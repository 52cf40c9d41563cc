/**
 * Route data fetched by the router guard as soon as a reload has its access token, in parallel with
 * `me`, instead of after the signed-in layout and the page have rendered (issue 12: on a 4× slower CPU
 * that first render alone took 2 s before the dashboard's queries even left the browser).
 *
 * A page asks `prefetchedPolicy(document, variables)` for the request policy of its first execution:
 * `cache-first` when the guard fetched exactly that operation moments ago (still in flight: the client
 * shares the running request; done: the page reads the result from the cache instead of asking again),
 * `cache-and-network` (the client's default) otherwise. Nothing else changes: the same
 * operations, with the same token and the same scoping by the server.
 */
import { createRequest, type AnyVariables, type RequestPolicy, type TypedDocumentNode } from '@urql/core'
import { client } from '@/graphql/client'
import { useAdminAccess } from '@/composables/useAdminAccess'
import { DashboardProjectsDocument, OverviewDocument, ScopeRootDocument } from '@/graphql/generated/graphql'
import type { RouteLocationNormalized } from 'vue-router'

/** The client's default (graphql/client.ts). */
const DEFAULT_POLICY: RequestPolicy = 'cache-and-network'

/** How long a prefetched result stands in for a page's own first request. */
const FRESH_MS = 10_000

/** The dashboard's first page of projects (DashboardPage starts with these variables). */
export const DASHBOARD_PAGE_SIZE = 20
export const DASHBOARD_FIRST_PAGE = { districtId: null, search: null, first: DASHBOARD_PAGE_SIZE, after: null }

/** operation key → when its result arrived (0 while in flight) */
const prefetched = new Map<number, number>()

function prefetch<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): void {
  const key = createRequest(document, variables).key
  if (prefetched.has(key)) return
  prefetched.set(key, 0)
  void client
    .query(document, variables, { requestPolicy: 'network-only' })
    .toPromise()
    .then((result) => {
      if (result.data && !result.error) prefetched.set(key, Date.now())
      else prefetched.delete(key) // the page asks again and shows the error itself
    })
}

/** The first request policy for a page's query: `cache-first` right after the guard fetched it. */
export function prefetchedPolicy<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): RequestPolicy {
  const arrived = prefetched.get(createRequest(document, variables).key)
  if (arrived === undefined) return DEFAULT_POLICY
  return arrived === 0 || Date.now() - arrived < FRESH_MS ? 'cache-first' : DEFAULT_POLICY
}

/** Roles whose start page is not the overview (the guard sends them to their project / the field page). */
const NOT_DASHBOARD = new Set(['CONSTRUCTION_UNIT', 'SUPERVISOR', 'CONTRACTOR', 'INSPECTOR'])

/**
 * Start the target page's queries. `role` is the access token's claim, read only to skip queries for a
 * page the user will be redirected away from; the server scopes every answer as usual.
 */
export function prefetchRouteData(to: RouteLocationNormalized, role: string | null): void {
  // the header asks for it on every signed-in page
  void useAdminAccess().load()
  if (to.name !== 'dashboard') return
  if (role !== null && NOT_DASHBOARD.has(role) && !(role === 'INSPECTOR' && to.query.overview)) return
  prefetch(OverviewDocument, {})
  prefetch(ScopeRootDocument, {})
  prefetch(DashboardProjectsDocument, DASHBOARD_FIRST_PAGE)
}
