import {
  START_LOCATION,
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
} from 'vue-router'
import { useAuth } from '@/composables/useAuth'
import { accessTokenRole, hasSession } from '@/auth/tokens'
import { loadAppMessages } from '@/i18n'
import { prefetchRouteData } from '@/graphql/prefetch'
import { ADMIN_SECTIONS, useAdminAccess, type AdminSection } from '@/composables/useAdminAccess'

declare module 'vue-router' {
  interface RouteMeta {
    /** reachable without a session */
    public?: boolean
    /** i18n key of the page title */
    titleKey?: string
    /** administration page: shown only when the server's adminAccess allows the section */
    adminSection?: AdminSection
  }
}

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('@/pages/LoginPage.vue'),
      meta: { public: true, titleKey: 'login.title' },
    },
    {
      path: '/',
      component: () => import('@/components/layout/AppLayout.vue'),
      children: [
        {
          path: '',
          name: 'dashboard',
          component: () => import('@/pages/DashboardPage.vue'),
          meta: { titleKey: 'dashboard.title' },
        },
        {
          path: 'projects/:id',
          name: 'project',
          component: () => import('@/pages/ProjectPage.vue'),
          props: true,
        },
        {
          path: 'cameras/:id',
          name: 'camera',
          component: () => import('@/pages/CameraPage.vue'),
          props: true,
        },
        {
          path: 'wall',
          name: 'wall',
          component: () => import('@/pages/VideoWallPage.vue'),
          meta: { titleKey: 'wall.title' },
        },
        {
          path: 'alerts',
          name: 'alerts',
          component: () => import('@/pages/AlertsPage.vue'),
          meta: { titleKey: 'alerts.center' },
        },
        {
          path: 'field',
          name: 'field',
          component: () => import('@/pages/FieldPage.vue'),
          meta: { titleKey: 'field.title' },
        },
        {
          path: 'map',
          name: 'map',
          component: () => import('@/pages/MapPage.vue'),
          meta: { titleKey: 'map.title' },
        },
        {
          path: 'command',
          name: 'command',
          component: () => import('@/pages/CommandWallPage.vue'),
          meta: { titleKey: 'command.title' },
        },
        {
          path: 'reports',
          name: 'reports',
          component: () => import('@/pages/ReportPage.vue'),
          meta: { titleKey: 'report.title' },
        },
        {
          path: 'faults',
          name: 'faults',
          component: () => import('@/pages/FaultsPage.vue'),
          meta: { titleKey: 'workflows.faults.title' },
        },
        {
          path: 'admin',
          component: () => import('@/pages/admin/AdminShell.vue'),
          children: [
            { path: '', name: 'admin', component: () => import('@/pages/NotFound.vue') },
            {
              path: 'organizations',
              name: 'admin-organizations',
              component: () => import('@/pages/admin/OrganizationsAdmin.vue'),
              meta: { titleKey: 'admin.organizations.title', adminSection: 'organizations' },
            },
            {
              path: 'projects',
              name: 'admin-projects',
              component: () => import('@/pages/admin/ProjectsAdmin.vue'),
              meta: { titleKey: 'admin.projects.title', adminSection: 'projects' },
            },
            {
              path: 'cameras',
              name: 'admin-cameras',
              component: () => import('@/pages/admin/CamerasAdmin.vue'),
              meta: { titleKey: 'admin.cameras.title', adminSection: 'cameras' },
            },
            {
              path: 'gateways',
              name: 'admin-gateways',
              component: () => import('@/pages/admin/GatewaysAdmin.vue'),
              meta: { titleKey: 'admin.gateways.title', adminSection: 'gateways' },
            },
            {
              path: 'accounts',
              name: 'admin-accounts',
              component: () => import('@/pages/admin/AccountsAdmin.vue'),
              meta: { titleKey: 'admin.accounts.title', adminSection: 'accounts' },
            },
            {
              path: 'import',
              name: 'admin-import',
              component: () => import('@/pages/admin/ImportAdmin.vue'),
              meta: { titleKey: 'admin.import.title', adminSection: 'import' },
            },
          ],
        },
        {
          path: ':pathMatch(.*)*',
          name: 'not-found',
          component: () => import('@/pages/NotFound.vue'),
          meta: { titleKey: 'app.notFoundTitle' },
        },
      ],
    },
  ],
  // Not on the first navigation: the page is at the top already, and scrolling there forced a layout of the
  // whole page in the middle of a reload's first render (≈ 0.1 s with a 4× slower CPU).
  scrollBehavior: (_to, from) => (from === START_LOCATION ? false : { top: 0 }),
})

/** Only same-app absolute paths are accepted as post-login targets. */
export function safeRedirect(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/'
  if (value.startsWith('/login')) return '/'
  return value
}

/**
 * Start fetching the target's lazy chunks now, in parallel with the session check below, instead of after
 * it (one round trip less on a slow network). Same test as vue-router's for "this is a lazy loader".
 */
function prefetchRouteChunks(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      const eager =
        typeof component === 'object' || 'displayName' in component || 'props' in component || '__vccOpts' in component
      if (!eager) void (component as () => Promise<unknown>)()
    }
  }
}

router.beforeEach(async (to): Promise<boolean | RouteLocationRaw> => {
  const auth = useAuth()
  prefetchRouteChunks(to)

  if (to.meta.public) {
    // Already signed in (and no message to show): skip the login form.
    if (to.name === 'login' && hasSession.value && !to.query.reason) {
      if (auth.user.value || (await auth.loadUser()) === 'ok') return safeRedirect(to.query.redirect)
    }
    return true
  }

  if (!hasSession.value) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  // the pages' texts load alongside the session check, not after it
  const messagesLoaded = loadAppMessages().then(
    () => true,
    () => false,
  )
  if (!auth.user.value) {
    // A reload: the page's queries start as soon as the refresh gave a token, alongside `me`.
    const outcome = await auth.loadUser(() => prefetchRouteData(to, accessTokenRole()))
    if (outcome !== 'ok') {
      return {
        name: 'login',
        query: { reason: outcome === 'network' ? 'NETWORK' : 'UNAUTHENTICATED', redirect: to.fullPath },
      }
    }
  }

  if (to.matched.some((r) => r.path === '/admin')) {
    const access = await useAdminAccess().load()
    const allowed = ADMIN_SECTIONS.filter((section) => !!access?.[section])
    if (to.name === 'admin') {
      return allowed.length ? { name: `admin-${allowed[0]}` } : { name: 'not-found', params: { pathMatch: ['admin'] } }
    }
    const section = to.meta.adminSection
    if (section && !allowed.includes(section)) return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } }
  }

  if (!(await messagesLoaded)) return { name: 'login', query: { reason: 'NETWORK', redirect: to.fullPath } }

  // A site user has exactly one project: the overview is that project.
  const project = auth.user.value?.project
  if (to.name === 'dashboard' && project) return { name: 'project', params: { id: project.id } }
  // The inspector works from a phone: the start page is the nearby sites.
  if (to.name === 'dashboard' && auth.user.value?.role === 'INSPECTOR' && !to.query.overview) return { name: 'field' }
  return true
})
