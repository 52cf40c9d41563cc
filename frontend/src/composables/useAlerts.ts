import { computed, onBeforeUnmount, ref, watch } from 'vue'
import { useSubscription } from '@urql/vue'
import { hasErrorCode } from '@/graphql/errors'
import { AlertsDocument, type AlertsSubscription } from '@/graphql/generated/graphql'

export type LiveAlert = AlertsSubscription['alerts']

const MAX_ALERTS = 50
const alerts = ref<LiveAlert[]>([])
const unread = ref(0)
const lastCursor = ref<string | null>(null)

/**
 * Live alerts over graphql-ws (`subscription alerts`). Mount once (the app
 * header does); the list is shared. On a dropped subscription it resumes from
 * the last cursor it saw.
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
