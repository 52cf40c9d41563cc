import { computed, getCurrentInstance, h, onBeforeUnmount, ref, watch } from 'vue'
import { useSubscription } from '@urql/vue'
import { ElNotification } from 'element-plus'
import type { RouteLocationRaw } from 'vue-router'
import { hasErrorCode } from '@/graphql/errors'
import { AlertsDocument, type AlertsSubscription } from '@/graphql/generated/graphql'
import { i18n } from '@/i18n'
import { router } from '@/router'

export type LiveAlert = AlertsSubscription['alerts']

/** The fields the alert helpers need (live alerts and the alert center's list share them). */
export interface AlertLike {
  kind: string
  severity: string
  title: string
  objectType: string
  objectId: string
  project?: { id: string; name: string } | null
}

const MAX_ALERTS = 50
const alerts = ref<LiveAlert[]>([])
const unread = ref(0)
const lastCursor = ref<string | null>(null)
const listeners = new Set<(alert: LiveAlert) => void>()

/** Opaque global id as the server builds it: base64url("Type:pk"), unpadded. */
export function globalId(type: string, pk: string): string {
  return btoa(`${type}:${pk}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const PROJECT_TAB_BY_KIND: Record<string, string> = {
  DOCUMENTS_OVERDUE: 'documents',
  DUTY_ROOM_UNATTENDED: 'duty',
  PROJECT_LIFECYCLE: 'lifecycle',
}

/** Where an alert's object is shown. */
export function alertTarget(alert: AlertLike): RouteLocationRaw | null {
  const project = alert.project?.id
  if (alert.objectType === 'Camera' && alert.objectId) return { name: 'camera', params: { id: globalId('Camera', alert.objectId) } }
  if (!project) return null
  if (alert.objectType === 'HazardNotice' && alert.objectId) {
    return { name: 'project', params: { id: project }, query: { tab: 'hazards', notice: globalId('HazardNotice', alert.objectId) } }
  }
  if (alert.objectType === 'FaultTicket') return { name: 'project', params: { id: project }, query: { tab: 'faults' } }
  const tab = PROJECT_TAB_BY_KIND[alert.kind]
  return { name: 'project', params: { id: project }, query: tab ? { tab } : {} }
}

/** Localized headline of an alert (its kind), falling back to the server's title. */
export function alertHeadline(alert: AlertLike): string {
  const { t, te } = i18n.global
  const key = `alerts.kind.${alert.kind}`
  return te(key) ? t(key) : alert.title
}

export function alertSeverityType(severity: string): 'danger' | 'warning' | 'info' {
  const s = severity.toUpperCase()
  if (s.includes('CRIT') || s.includes('HIGH') || s.includes('ERROR') || s.includes('DANGER')) return 'danger'
  if (s.includes('WARN') || s.includes('MED')) return 'warning'
  return 'info'
}

// --- live toasts (at most three per five seconds; the rest are summed up in one) --------------
const TOAST_WINDOW_MS = 5_000
const TOASTS_PER_WINDOW = 3
let recentToasts: number[] = []
let suppressed = 0
let summaryTimer: ReturnType<typeof setTimeout> | undefined

function toast(alert: LiveAlert): void {
  const { t } = i18n.global
  const now = Date.now()
  recentToasts = recentToasts.filter((at) => now - at < TOAST_WINDOW_MS)
  if (recentToasts.length >= TOASTS_PER_WINDOW) {
    suppressed += 1
    summaryTimer ??= setTimeout(() => {
      const count = suppressed
      suppressed = 0
      summaryTimer = undefined
      ElNotification({
        title: t('alerts.toastMore', { count }),
        message: t('alerts.openCenter'),
        type: 'info',
        customClass: 'sw-alert-toast',
        offset: 60,
        onClick: () => void router.push({ name: 'alerts' }),
      })
    }, 2_000)
    return
  }
  recentToasts.push(now)
  const target = alertTarget(alert)
  const type = alertSeverityType(alert.severity)
  ElNotification({
    title: alertHeadline(alert),
    message: h('div', { class: 'sw-alert-toast__body', 'data-kind': alert.kind }, [
      alert.project ? h('div', { class: 'sw-alert-toast__project' }, alert.project.name) : null,
      h('div', { class: 'sw-alert-toast__message' }, alert.message || alert.title),
    ]),
    type: type === 'danger' ? 'error' : type,
    customClass: 'sw-alert-toast',
    duration: type === 'danger' ? 10_000 : 6_000,
    offset: 60,
    onClick: () => {
      if (target) void router.push(target)
    },
  })
}

/** Be told of every live alert while the calling component is mounted. */
export function onLiveAlert(listener: (alert: LiveAlert) => void): () => void {
  listeners.add(listener)
  const stop = () => listeners.delete(listener)
  if (getCurrentInstance()) onBeforeUnmount(stop)
  return stop
}

/**
 * Live alerts over graphql-ws (`subscription alerts`). Mount once (the app
 * header does); the list is shared. On a dropped subscription it resumes from
 * the last cursor it saw. Each new alert pops a toast that links to its object.
 */
export function useAlertsSubscription() {
  const since = ref<string | null>(lastCursor.value)
  const paused = ref(false)
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let retryDelay = 2_000

  const subscription = useSubscription(
    { query: AlertsDocument, variables: computed(() => ({ since: since.value })), pause: paused },
    (_previous: AlertsSubscription | undefined, data: AlertsSubscription) => {
      const alert = data.alerts
      retryDelay = 2_000
      if (!alerts.value.some((a) => a.id === alert.id)) {
        lastCursor.value = alert.cursor
        alerts.value = [alert, ...alerts.value].slice(0, MAX_ALERTS)
        unread.value += 1
        toast(alert)
        for (const listener of listeners) listener(alert)
      }
      return data
    },
  )

  // Resubscribe after an error (e.g. the socket was closed on token expiry).
  watch(subscription.error, (error) => {
    if (!error || retryTimer) return
    // Not allowed for this role: nothing to retry.
    if (hasErrorCode(error, 'FORBIDDEN')) return
    paused.value = true
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      since.value = lastCursor.value
      paused.value = false
    }, retryDelay)
    retryDelay = Math.min(retryDelay * 2, 60_000)
  })
  onBeforeUnmount(() => clearTimeout(retryTimer))
}

export function useAlerts() {
  return {
    alerts: computed(() => alerts.value),
    unread: computed(() => unread.value),
    markRead: () => {
      unread.value = 0
    },
  }
}
