import { ref } from 'vue'
import { onLiveAlert, type LiveAlert } from '@/composables/useAlerts'

const STORAGE_KEY = 'sitewatch.alarmMuted'
/** Whether the operator silenced the audible cue (kept per browser). */
export const alarmMuted = ref(localStorage.getItem(STORAGE_KEY) === '1')

export function setAlarmMuted(value: boolean): void {
  alarmMuted.value = value
  localStorage.setItem(STORAGE_KEY, value ? '1' : '0')
}

let audio: AudioContext | null = null
/** Count of cues played (read by the e2e test; sound itself cannot be observed headless). */
export const cuesPlayed = ref(0)

/** Two short tones, made on the fly (no sound file to fetch). */
export function playCue(): void {
  if (alarmMuted.value) return
  cuesPlayed.value += 1
  document.documentElement.dataset.alarmCues = String(cuesPlayed.value)
  try {
    audio ??= new AudioContext()
    const start = audio.currentTime
    for (const [offset, frequency] of [
      [0, 880],
      [0.25, 660],
    ] as const) {
      const oscillator = audio.createOscillator()
      const gain = audio.createGain()
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0.2, start + offset)
      gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.2)
      oscillator.connect(gain).connect(audio.destination)
      oscillator.start(start + offset)
      oscillator.stop(start + offset + 0.22)
    }
  } catch {
    /* no audio device: the visual alert remains */
  }
}

/** Sound the cue for every critical live alert while the calling component is mounted. */
export function useCriticalCue(extra?: (alert: LiveAlert) => void): void {
  onLiveAlert((alert) => {
    if (alert.severity === 'CRITICAL') playCue()
    extra?.(alert)
  })
}
