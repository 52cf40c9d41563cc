import { onBeforeUnmount, onMounted, ref } from 'vue'

export type ConnectionState = 'online' | 'offline' | 'restored'

/**
 * Whether the server can be reached: the browser's online/offline events plus a light /healthz probe
 * (a phone on a dead cell keeps navigator.onLine true). Probes every 15 s, every 3 s while cut off;
 * "restored" shows for a few seconds once the server answers again. Live video and the alert
 * subscription reconnect on their own; this only tells the user what is happening.
 */
export function useConnectionState() {
  const state = ref<ConnectionState>(navigator.onLine ? 'online' : 'offline')
  let timer: ReturnType<typeof setTimeout> | undefined
  let restoredTimer: ReturnType<typeof setTimeout> | undefined

  function mark(reachable: boolean) {
    if (!reachable) {
      state.value = 'offline'
    } else if (state.value === 'offline') {
      state.value = 'restored'
      clearTimeout(restoredTimer)
      restoredTimer = setTimeout(() => {
        if (state.value === 'restored') state.value = 'online'
      }, 4000)
    }
  }
  async function probe() {
    clearTimeout(timer)
    let reachable = navigator.onLine
    if (reachable) {
      try {
        const response = await fetch('/healthz', { cache: 'no-store' })
        reachable = response.ok
      } catch {
        reachable = false
      }
    }
    mark(reachable)
    timer = setTimeout(probe, state.value === 'offline' ? 3000 : 15_000)
  }
  const goneOffline = () => {
    mark(false)
    void probe()
  }
  const backOnline = () => void probe()
  onMounted(() => {
    window.addEventListener('offline', goneOffline)
    window.addEventListener('online', backOnline)
    timer = setTimeout(probe, 15_000)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('offline', goneOffline)
    window.removeEventListener('online', backOnline)
    clearTimeout(timer)
    clearTimeout(restoredTimer)
  })
  return state
}
