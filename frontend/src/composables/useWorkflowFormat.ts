import { onBeforeUnmount, ref } from 'vue'
import { useI18n } from 'vue-i18n'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

const HAZARD_STATUS_TAG: Record<string, TagType> = {
  OPEN: 'danger',
  ACKNOWLEDGED: 'warning',
  RECTIFICATION_REPORTED: 'primary',
  CLOSED: 'success',
}
const HAZARD_SEVERITY_TAG: Record<string, TagType> = { LOW: 'info', MEDIUM: 'warning', HIGH: 'danger', CRITICAL: 'danger' }
const COMPLETENESS_TAG: Record<string, TagType> = { COMPLETE: 'success', MISSING: 'warning', OVERDUE: 'danger' }

/** Labels and time arithmetic of the workflow screens (Art. 9–17). */
export function useWorkflowFormat() {
  const { t, te } = useI18n()
  const label = (group: string, value: string) => (te(`workflows.enums.${group}.${value}`) ? t(`workflows.enums.${group}.${value}`) : value)

  /** "2 d 3 h", "5 h 12 min", "40 min" */
  function duration(seconds: number): string {
    const s = Math.max(0, Math.round(seconds))
    const days = Math.floor(s / 86_400)
    const hours = Math.floor((s % 86_400) / 3_600)
    const minutes = Math.floor((s % 3_600) / 60)
    if (days) return t('workflows.duration.dh', { d: days, h: hours })
    if (hours) return t('workflows.duration.hm', { h: hours, m: minutes })
    return t('workflows.duration.m', { m: Math.max(minutes, s > 0 ? 1 : 0) })
  }

  return {
    label,
    hazardKind: (v: string) => label('HazardKind', v),
    hazardSeverity: (v: string) => label('HazardSeverity', v),
    hazardSeverityTag: (v: string): TagType => HAZARD_SEVERITY_TAG[v] ?? 'info',
    hazardStatus: (v: string) => label('HazardStatus', v),
    hazardStatusTag: (v: string): TagType => HAZARD_STATUS_TAG[v] ?? 'info',
    hazardEntry: (v: string) => label('HazardEntryKind', v),
    faultKind: (v: string) => label('FaultKind', v),
    action: (v: string) => label('LifecycleAction', v),
    feePayer: (v: string) => label('FeePayer', v),
    completeness: (v: string) => label('Completeness', v),
    completenessTag: (v: string): TagType => COMPLETENESS_TAG[v] ?? 'info',
    accessAction: (v: string) => label('AccessAction', v),
    duration,
  }
}

/** A clock that ticks every `intervalMs` while the component is mounted (for countdowns). */
export function useNow(intervalMs = 30_000) {
  const now = ref(Date.now())
  const timer = setInterval(() => {
    now.value = Date.now()
  }, intervalMs)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
