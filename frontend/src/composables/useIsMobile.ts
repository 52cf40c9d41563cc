import { onBeforeUnmount, ref } from 'vue'

export const MOBILE_QUERY = '(max-width: 767px)'

/** Reactive "viewport is phone-sized" flag (below 768 px). */
export function useIsMobile() {
  const query = window.matchMedia(MOBILE_QUERY)
  const isMobile = ref(query.matches)
  const update = (event: MediaQueryListEvent) => {
    isMobile.value = event.matches
  }
  query.addEventListener('change', update)
  onBeforeUnmount(() => query.removeEventListener('change', update))
  return isMobile
}
