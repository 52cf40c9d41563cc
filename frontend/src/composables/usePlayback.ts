import { onBeforeUnmount, ref, shallowRef, type Ref } from 'vue'
import Hls, { type Fragment } from 'hls.js'
import { useClientHandle } from '@urql/vue'
import { StartPlaybackDocument } from '@/graphql/generated/graphql'

/**
 * Playback of one camera's recording with hls.js.
 *
 * `startPlayback(cameraId, at)` gives an HLS playlist of a window around `at` on the gateway holding the
 * files and a short-lived ticket; the ticket goes in the `Authorization` header of every request (hls.js
 * `xhrSetup`), never in a URL. Wall-clock time comes from the playlist's EXT-X-PROGRAM-DATE-TIME: the
 * fragment under the playhead gives `programDateTime + (currentTime - start)`. Seeks inside the window
 * move the playhead; seeks outside it open a new window.
 */
export type PlaybackState = 'idle' | 'loading' | 'playing' | 'paused' | 'error'

const TICKET_REFRESH_MS = 4 * 60_000

export function usePlayback(cameraId: Ref<string>, video: Ref<HTMLVideoElement | null>) {
  const urql = useClientHandle()
  const state = ref<PlaybackState>('idle')
  const errorCode = ref<string | null>(null)
  const shownTime = ref<Date | null>(null)
  const rate = ref(1)
  const windowRange = ref<{ from: Date; to: Date } | null>(null)
  const hls = shallowRef<Hls | null>(null)
  let ticket = ''
  let windowAt: Date | null = null
  let pendingSeek: Date | null = null
  let refreshTimer: ReturnType<typeof setInterval> | null = null
  let frameHandle = 0
  let openSerial = 0

  function fragments(): Fragment[] {
    const level = hls.value?.levels?.[0]
    return level?.details?.fragments ?? []
  }

  /** Media position of a wall-clock instant, or the start of the next recorded stretch when it falls in a gap. */
  function positionOf(at: Date): number | null {
    const target = at.getTime()
    let next: Fragment | null = null
    for (const frag of fragments()) {
      if (frag.programDateTime == null) continue
      const begins = frag.programDateTime
      const ends = begins + frag.duration * 1000
      if (target >= begins && target < ends) return frag.start + (target - begins) / 1000
      if (begins > target && (next === null || begins < (next.programDateTime ?? Infinity))) next = frag
    }
    return next ? next.start : null
  }

  function wallClockAt(position: number): Date | null {
    for (const frag of fragments()) {
      if (frag.programDateTime == null) continue
      if (position >= frag.start - 0.001 && position < frag.start + frag.duration) {
        return new Date(frag.programDateTime + (position - frag.start) * 1000)
      }
    }
    return null
  }

  function tick() {
    const element = video.value
    if (element && hls.value) {
      const wall = wallClockAt(element.currentTime)
      if (wall) shownTime.value = wall
    }
    frameHandle = requestAnimationFrame(tick)
  }

  async function requestSession(at: Date) {
    const result = await urql.client.mutation(StartPlaybackDocument, { cameraId: cameraId.value, at: at.toISOString() }).toPromise()
    const session = result.data?.startPlayback
    if (!session) throw new Error(result.error?.message ?? 'NETWORK')
    if (session.__typename !== 'PlaybackSession') throw new Error(session.code)
    return session
  }

  function destroy() {
    hls.value?.destroy()
    hls.value = null
    if (refreshTimer) clearInterval(refreshTimer)
    refreshTimer = null
  }

  /** Open a new window around `at` and start playing there. */
  async function open(at: Date) {
    const serial = ++openSerial
    state.value = 'loading'
    errorCode.value = null
    pendingSeek = at
    let session
    try {
      session = await requestSession(at)
    } catch (error) {
      if (serial !== openSerial) return
      state.value = 'error'
      errorCode.value = error instanceof Error ? error.message : 'UNKNOWN'
      return
    }
    if (serial !== openSerial || !video.value) return
    destroy()
    ticket = session.ticket
    windowAt = at
    windowRange.value = { from: new Date(session.from), to: new Date(session.to) }
    const player = new Hls({
      autoStartLoad: false,
      enableWorker: true,
      maxBufferLength: 8,
      maxMaxBufferLength: 30,
      backBufferLength: 30,
      xhrSetup: (xhr) => xhr.setRequestHeader('Authorization', `Bearer ${ticket}`),
    })
    hls.value = player
    player.on(Hls.Events.LEVEL_LOADED, () => {
      if (serial !== openSerial) return
      const target = pendingSeek ?? at
      pendingSeek = null
      const position = positionOf(target)
      if (position === null) {
        state.value = 'error'
        errorCode.value = 'NOTHING_RECORDED'
        return
      }
      player.startLoad(position)
      if (video.value) {
        video.value.currentTime = position
        video.value.playbackRate = rate.value
        void video.value.play().catch(() => undefined)
      }
    })
    player.on(Hls.Events.ERROR, (_event, data) => {
      if (data.fatal && serial === openSerial) {
        state.value = 'error'
        errorCode.value = data.details
      }
    })
    player.loadSource(session.playlistUrl)
    player.attachMedia(video.value)
    refreshTimer = setInterval(() => {
      if (windowAt) {
        requestSession(windowAt)
          .then((fresh) => {
            ticket = fresh.ticket
          })
          .catch(() => undefined)
      }
    }, TICKET_REFRESH_MS)
  }

  /** Show the frame at wall-clock `at`: inside the loaded window by moving the playhead, else a new window. */
  async function seek(at: Date) {
    const range = windowRange.value
    if (hls.value && range && at >= range.from && at <= range.to && at.getTime() <= Date.now()) {
      const position = positionOf(at)
      if (position !== null && video.value) {
        shownTime.value = at
        video.value.currentTime = position
        void video.value.play().catch(() => undefined)
        return
      }
    }
    shownTime.value = at
    await open(at)
  }

  function setRate(value: number) {
    rate.value = value
    if (video.value) video.value.playbackRate = value
  }

  function togglePause() {
    const element = video.value
    if (!element) return
    if (element.paused) void element.play().catch(() => undefined)
    else element.pause()
  }

  function onPlaying() {
    state.value = 'playing'
  }
  function onPause() {
    if (state.value === 'playing') state.value = 'paused'
  }
  function onEnded() {
    // The end of the window: continue with the next one while there is recorded time after it.
    const range = windowRange.value
    if (range && range.to.getTime() < Date.now() - 5000) void open(range.to)
  }

  function bind(element: HTMLVideoElement) {
    element.addEventListener('playing', onPlaying)
    element.addEventListener('pause', onPause)
    element.addEventListener('ended', onEnded)
  }

  function unbind(element: HTMLVideoElement) {
    element.removeEventListener('playing', onPlaying)
    element.removeEventListener('pause', onPause)
    element.removeEventListener('ended', onEnded)
  }

  frameHandle = requestAnimationFrame(tick)
  onBeforeUnmount(() => {
    cancelAnimationFrame(frameHandle)
    openSerial++
    destroy()
  })

  return { state, errorCode, shownTime, rate, windowRange, open, seek, setRate, togglePause, bind, unbind, stop: destroy }
}

export type Playback = ReturnType<typeof usePlayback>
export const PLAYBACK_RATES = [0.5, 1, 2, 4, 8, 16] as const
