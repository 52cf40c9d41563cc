/**
 * Live video of one camera over WHEP (RFC 9725), with a supervisor that reconnects by itself.
 *
 *  - Every (re)connect asks the backend for a fresh ticket (`startLiveView`), then POSTs a
 *    recvonly H.264 offer to the gateway (non-trickle: ICE gathering is awaited, or a short
 *    timeout) with `Authorization: Bearer <ticket>`; 201 → answer applied, `Location` kept
 *    and DELETEd when the view ends or is replaced.
 *  - A connection is "live" once frames are decoded (getStats `framesDecoded`). It is replaced
 *    (with backoff) when the peer connection fails/disconnects, when decoded frames stop
 *    increasing for STALL_MS, or when no frame arrives within FIRST_FRAME_MS — e.g. after a
 *    gateway restart, where the old peer connection can stay "connected" for a while.
 *  - Expected failures become states the user can read, not spinners: `offline` (camera
 *    status OFFLINE/NO_VIDEO, or a gateway 404/422/5xx), `error` with a reason (no gateway,
 *    decommissioned, not found, too many sessions).
 */
import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue'
import { client } from '@/graphql/client'
import {
  LiveCameraStatusDocument,
  StartLiveViewDocument,
  type CameraStatus,
  type StreamQuality,
} from '@/graphql/generated/graphql'

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'error'

/** Why the player is not (or not yet) live; localized under `live.reason.*`. */
export type LiveReason =
  | 'cameraOffline'
  | 'noVideo'
  | 'unknownCamera'
  | 'gatewayError'
  | 'noGateway'
  | 'decommissioned'
  | 'notFound'
  | 'tooManySessions'
  | 'network'
  | 'stalled'
  | 'noFrames'
  | 'ticket'

export interface LiveStats {
  width: number
  height: number
  fps: number
  bitrateKbps: number
  /** jitter-buffer delay per emitted frame, ms */
  jitterMs: number | null
  /** ICE candidate-pair round trip, ms */
  rttMs: number | null
  framesDecoded: number
  packetsLost: number
  codec: string
}

interface Session {
  pc: RTCPeerConnection
  location: string | null
  /** the ticket that started the WHEP session: the gateway lets only its holder end the session */
  ticket: string
  startedAt: number
  lastFrames: number
  lastFramesAt: number
  lastBytes: number
  lastBytesAt: number
  gotFrame: boolean
}

class WhepHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`WHEP ${status} ${code}`)
  }
}

const ICE_GATHER_TIMEOUT_MS = 1500
const FIRST_FRAME_MS = 8_000
// A 25 fps stream frozen for 2 s is broken (e.g. its gateway died): reconnect (issue 10: video
// back within 5 s of a gateway kill -9 and restart, bench/faults/gateway_kill.py).
const STALL_MS = 2_000
const POLL_MS = 500
const BACKOFF_MIN_MS = 1_000
/** The first retry after a stream that was playing stops: at once, the viewer is watching. */
const FIRST_RETRY_MS = 250
const BACKOFF_MAX_MS = 10_000
const OFFLINE_RETRY_MS = 10_000
const DELETE_TIMEOUT_MS = 2_000

function backoffDelay(attempt: number): number {
  if (attempt <= 0) return FIRST_RETRY_MS
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (attempt - 1))
  return base * (0.8 + Math.random() * 0.4)
}

function waitIceGathering(pc: RTCPeerConnection, timeoutMs: number): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      pc.removeEventListener('icegatheringstatechange', onChange)
      resolve()
    }
    const onChange = () => {
      if (pc.iceGatheringState === 'complete') done()
    }
    const timer = setTimeout(done, timeoutMs)
    pc.addEventListener('icegatheringstatechange', onChange)
  })
}

/** Prefer H.264 (the gateway never transcodes); leaves the browser's order if it has none. */
function preferH264(transceiver: RTCRtpTransceiver): void {
  const caps = typeof RTCRtpReceiver.getCapabilities === 'function' ? RTCRtpReceiver.getCapabilities('video') : null
  if (!caps || typeof transceiver.setCodecPreferences !== 'function') return
  const h264 = caps.codecs.filter((c) => c.mimeType.toLowerCase() === 'video/h264')
  const rtx = caps.codecs.filter((c) => c.mimeType.toLowerCase() === 'video/rtx')
  if (h264.length) transceiver.setCodecPreferences([...h264, ...rtx])
}

async function readWhepError(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown }
    return typeof body.error === 'string' ? body.error : ''
  } catch {
    return ''
  }
}

export interface UseLiveViewOptions {
  cameraId: Ref<string>
  quality: StreamQuality
  /** Camera.status as the page knows it; OFFLINE/NO_VIDEO show "offline" instead of a spinner. */
  status?: Ref<CameraStatus | null | undefined>
  /** collect stats for the overlay (frame counting for stall detection runs regardless) */
  withStats?: Ref<boolean>
}

export function useLiveView(options: UseLiveViewOptions) {

  const state = ref<LiveState>('connecting')
  const reason = ref<LiveReason | null>(null)
  const stream = shallowRef<MediaStream | null>(null)
  const stats = ref<LiveStats | null>(null)
  const attempts = ref(0)

  let session: Session | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let pollTimer: ReturnType<typeof setInterval> | null = null
  let generation = 0
  let everLive = false
  let stopped = false
  let knownStatus: CameraStatus | null | undefined = options.status?.value

  const statusSaysOffline = () => knownStatus === 'OFFLINE' || knownStatus === 'NO_VIDEO'

  function setWaiting(): void {
    if (statusSaysOffline()) {
      state.value = 'offline'
      reason.value = knownStatus === 'NO_VIDEO' ? 'noVideo' : 'cameraOffline'
    } else {
      state.value = everLive || attempts.value > 1 ? 'reconnecting' : 'connecting'
    }
  }

  function closeSession(): void {
    const current = session
    session = null
    if (pollTimer) {
      clearInterval(pollTimer)
      pollTimer = null
    }
    stream.value = null
    stats.value = null
    if (!current) return
    current.pc.ontrack = null
    current.pc.onconnectionstatechange = null
    if (current.location) {
      // End the WHEP session first, then the peer connection: closing the peer connection first makes
      // the gateway drop the session by itself and answer the DELETE with 404.
      fetch(current.location, {
        method: 'DELETE',
        keepalive: true,
        headers: { Authorization: `Bearer ${current.ticket}` },
        signal: AbortSignal.timeout(DELETE_TIMEOUT_MS),
      })
        .catch(() => undefined)
        .finally(() => current.pc.close())
    } else {
      current.pc.close()
    }
  }

  function scheduleRetry(delayMs: number): void {
    if (stopped) return
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = setTimeout(() => {
      retryTimer = null
      void connect()
    }, delayMs)
  }

  /** End the current session and try again later; `why` decides what the user sees meanwhile. */
  function fail(why: LiveReason, opts: { offline?: boolean; fatal?: boolean; delayMs?: number } = {}): void {
    closeSession()
    reason.value = why
    if (opts.fatal) {
      state.value = 'error'
      return
    }
    if (opts.offline || statusSaysOffline()) {
      state.value = 'offline'
      scheduleRetry(opts.delayMs ?? OFFLINE_RETRY_MS)
      return
    }
    state.value = everLive || attempts.value > 0 ? 'reconnecting' : 'connecting'
    scheduleRetry(opts.delayMs ?? backoffDelay(attempts.value))
  }

  async function refreshStatus(): Promise<void> {
    const result = await client
      .query(LiveCameraStatusDocument, { id: options.cameraId.value }, { requestPolicy: 'network-only' })
      .toPromise()
    const status = result.data?.camera?.status
    if (status) knownStatus = status
  }

  async function connect(): Promise<void> {
    if (stopped) return
    const myGeneration = ++generation
    closeSession()
    attempts.value += 1
    if (!(state.value === 'error' && reason.value === 'noGateway')) setWaiting()

    if (knownStatus === 'DECOMMISSIONED') {
      fail('decommissioned', { fatal: true })
      return
    }

    const result = await client
      .mutation(StartLiveViewDocument, { cameraId: options.cameraId.value, quality: options.quality })
      .toPromise()
    if (stopped || myGeneration !== generation) return
    const payload = result.data?.startLiveView
    if (!payload) {
      fail('network')
      return
    }
    if (payload.__typename === 'CameraNotFound') {
      fail('notFound', { fatal: true })
      return
    }
    if (payload.__typename === 'CameraUnavailable') {
      fail('decommissioned', { fatal: true })
      return
    }
    if (payload.__typename === 'GatewayUnavailable') {
      closeSession()
      state.value = 'error'
      reason.value = 'noGateway'
      scheduleRetry(backoffDelay(attempts.value) + 2_000)
      return
    }
    if (payload.__typename !== 'LiveViewSession') {
      fail('network')
      return
    }

    const pc = new RTCPeerConnection({ iceServers: [] })
    const current: Session = {
      pc,
      location: null,
      ticket: payload.ticket,
      startedAt: performance.now(),
      lastFrames: 0,
      lastFramesAt: performance.now(),
      lastBytes: 0,
      lastBytesAt: performance.now(),
      gotFrame: false,
    }
    session = current
    const transceiver = pc.addTransceiver('video', { direction: 'recvonly' })
    preferH264(transceiver)
    pc.ontrack = (event) => {
      stream.value = event.streams[0] ?? new MediaStream([event.track])
    }
    pc.onconnectionstatechange = () => {
      if (session !== current) return
      if (pc.connectionState === 'failed' || pc.connectionState === 'disconnected' || pc.connectionState === 'closed') {
        fail('network')
      }
    }

    try {
      await pc.setLocalDescription(await pc.createOffer())
      await waitIceGathering(pc, ICE_GATHER_TIMEOUT_MS)
      if (session !== current) return
      const response = await fetch(payload.whepUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/sdp', Authorization: `Bearer ${payload.ticket}` },
        body: pc.localDescription?.sdp ?? '',
      })
      if (session !== current) {
        const location = response.headers.get('Location')
        if (response.status === 201 && location) {
          fetch(new URL(location, payload.whepUrl).href, {
            method: 'DELETE',
            keepalive: true,
            headers: { Authorization: `Bearer ${payload.ticket}` },
          }).catch(() => undefined)
        }
        return
      }
      if (response.status !== 201) throw new WhepHttpError(response.status, await readWhepError(response))
      const location = response.headers.get('Location')
      current.location = location ? new URL(location, payload.whepUrl).href : null
      const answer = await response.text()
      if (session !== current) return
      await pc.setRemoteDescription({ type: 'answer', sdp: answer })
    } catch (error) {
      if (session !== current) return
      if (error instanceof WhepHttpError) {
        if (error.status === 404) fail('unknownCamera', { offline: true })
        else if (error.status === 422) fail('noVideo', { offline: true })
        else if (error.status === 429) fail('tooManySessions', { delayMs: OFFLINE_RETRY_MS })
        else if (error.status === 401 || error.status === 403) fail('ticket')
        else if (error.status >= 500) fail('gatewayError', { offline: true, delayMs: backoffDelay(attempts.value) })
        else fail('gatewayError')
      } else {
        // The gateway is unreachable (restarting) or the browser refused the answer.
        fail('network')
      }
      return
    }

    pollTimer = setInterval(() => void poll(current), POLL_MS)
  }

  async function poll(current: Session): Promise<void> {
    if (session !== current) return
    let report: RTCStatsReport
    try {
      report = await current.pc.getStats()
    } catch {
      return
    }
    if (session !== current) return
    const now = performance.now()
    let inbound: Record<string, any> | null = null
    const byId = new Map<string, Record<string, any>>()
    report.forEach((entry: Record<string, any>) => {
      byId.set(entry.id, entry)
      if (entry.type === 'inbound-rtp' && entry.kind === 'video') inbound = entry
    })
    const rtp = inbound as Record<string, any> | null
    const frames: number = rtp?.framesDecoded ?? 0

    if (frames > current.lastFrames) {
      current.lastFrames = frames
      current.lastFramesAt = now
      if (!current.gotFrame) {
        current.gotFrame = true
        everLive = true
        attempts.value = 0
        knownStatus = knownStatus === 'OFFLINE' || knownStatus === 'NO_VIDEO' ? 'ONLINE' : knownStatus
      }
      state.value = 'live'
      reason.value = null
    } else if (current.gotFrame && now - current.lastFramesAt > STALL_MS) {
      fail('stalled')
      return
    } else if (!current.gotFrame && now - current.startedAt > FIRST_FRAME_MS) {
      // Signalling worked but no picture: ask the backend what the gateway reported.
      await refreshStatus().catch(() => undefined)
      if (session !== current) return
      fail('noFrames', statusSaysOffline() ? { offline: true } : {})
      return
    }

    if (rtp && (options.withStats?.value ?? false)) {
      const bytes: number = rtp.bytesReceived ?? 0
      const seconds = (now - current.lastBytesAt) / 1000
      const bitrateKbps = seconds > 0 && current.lastBytes ? ((bytes - current.lastBytes) * 8) / 1000 / seconds : 0
      current.lastBytes = bytes
      current.lastBytesAt = now
      const emitted: number = rtp.jitterBufferEmittedCount ?? 0
      const pair = [...byId.values()].find(
        (e) => e.type === 'candidate-pair' && (e.nominated || e.selected) && e.state === 'succeeded',
      )
      const codec = rtp.codecId ? byId.get(rtp.codecId) : undefined
      stats.value = {
        width: rtp.frameWidth ?? 0,
        height: rtp.frameHeight ?? 0,
        fps: Math.round(rtp.framesPerSecond ?? 0),
        bitrateKbps: Math.round(bitrateKbps),
        jitterMs: emitted > 0 ? Math.round(((rtp.jitterBufferDelay ?? 0) / emitted) * 1000) : null,
        rttMs: typeof pair?.currentRoundTripTime === 'number' ? Math.round(pair.currentRoundTripTime * 1000) : null,
        framesDecoded: frames,
        packetsLost: rtp.packetsLost ?? 0,
        codec: codec?.mimeType?.replace(/^video\//, '') ?? '',
      }
    }
  }

  /** A JPEG of the latest keyframe, fetched with a fresh ticket. */
  async function snapshot(): Promise<Blob> {
    const result = await client
      .mutation(StartLiveViewDocument, { cameraId: options.cameraId.value, quality: options.quality })
      .toPromise()
    const payload = result.data?.startLiveView
    if (payload?.__typename !== 'LiveViewSession') throw new Error(payload && 'code' in payload ? payload.code : 'NETWORK')
    const response = await fetch(payload.snapshotUrl, { headers: { Authorization: `Bearer ${payload.ticket}` } })
    if (!response.ok) throw new Error(`SNAPSHOT_${response.status}`)
    return response.blob()
  }

  function restart(): void {
    attempts.value = 0
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = null
    void connect()
  }

  if (options.status) {
    watch(options.status, (value) => {
      const wasOffline = statusSaysOffline()
      knownStatus = value
      if (value === 'DECOMMISSIONED') {
        generation++
        fail('decommissioned', { fatal: true })
      } else if (state.value !== 'live') {
        if (statusSaysOffline()) setWaiting()
        else if (wasOffline) restart()
      }
    })
  }
  watch(options.cameraId, () => {
    everLive = false
    restart()
  })

  void connect()

  onBeforeUnmount(() => {
    stopped = true
    generation++
    if (retryTimer) clearTimeout(retryTimer)
    closeSession()
  })

  return { state, reason, stream, stats, attempts, snapshot, restart }
}
