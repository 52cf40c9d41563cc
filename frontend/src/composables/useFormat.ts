import { useI18n } from 'vue-i18n'
import type {
  CameraStatus,
  DocumentCategory,
  InfrastructureKind,
  OrganizationKind,
  ProjectStatus,
  Role,
} from '@/graphql/generated/graphql'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

const PROJECT_STATUS_TAG: Record<ProjectStatus, TagType> = {
  DRAFT: 'info',
  CONTRACT_RECORDED: 'info',
  SAFETY_FILED: 'info',
  MONITORING_REGISTERED: 'primary',
  PERMITTED: 'primary',
  UNDER_CONSTRUCTION: 'success',
  SUSPENDED: 'danger',
  COMPLETED: 'warning',
  EQUIPMENT_REMOVED: 'info',
  DEREGISTERED: 'info',
}

const CAMERA_STATUS_TAG: Record<CameraStatus, TagType> = {
  UNKNOWN: 'info',
  ONLINE: 'success',
  OFFLINE: 'danger',
  NO_VIDEO: 'warning',
  DECOMMISSIONED: 'info',
}

/** The nine Article 10 categories, in the regulation's order. */
export const DOCUMENT_CATEGORIES: readonly DocumentCategory[] = [
  'PROJECT_OVERVIEW',
  'MANAGEMENT_ORGANIZATION',
  'SAFETY_COMMITMENT',
  'SAFETY_RESPONSIBILITY_SYSTEM',
  'SAFETY_MANAGEMENT_RULES',
  'CONSTRUCTION_ORGANIZATION_DESIGN',
  'SPECIAL_CONSTRUCTION_PLANS',
  'SAFETY_INSPECTION_REMEDIATION',
  'SUBCONTRACTORS_LABOUR_TEAMS',
]

export interface NamedDistrict {
  name: string
  nameEn: string
}

// Building an Intl formatter costs far more than formatting with it (the dashboard formats hundreds of
// numbers on its first render): one formatter per locale and options, made once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n ${locale} ${JSON.stringify(options)}`
  let format = formatters.get(key) as Intl.NumberFormat | undefined
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)))
  return format
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d ${locale} ${JSON.stringify(options)}`
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}

/**
 * A ratio in [0, 1] as a percentage with at most one decimal ("95.3%", "100%") exactly as Intl writes it in
 * both languages, without Intl (the dashboard's online rate was the first Intl.NumberFormat of a reload:
 * ≈ 40 ms with a 4× slower CPU). Like Intl, it rounds the shortest decimal form of the number (String(ratio))
 * half away from zero. null for anything else (the caller uses Intl).
 */
export function percentTenths(ratio: number): string | null {
  if (!(ratio >= 0 && ratio <= 1)) return null
  const text = String(ratio)
  if (text.includes('e')) return null
  const [whole, fraction = ''] = text.split('.')
  const digits = fraction.padEnd(4, '0')
  const tenths = Number(whole + digits.slice(0, 3)) + (digits[3] >= '5' ? 1 : 0)
  const rest = tenths % 10
  return `${(tenths - rest) / 10}${rest ? `.${rest}` : ''}%`
}

/**
 * An integer as both zh-CN and en-US write it ("1,234,567"), without Intl: the first Intl.NumberFormat
 * of a page loads the locale's data (≈ 60 ms, ≈ 280 ms with a 4× slower CPU, on the dashboard's first
 * render for its counters). Same output as Intl for both languages (checked against Node's full ICU).
 */
export function groupedInteger(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

export function useFormat() {
  const { t, te, locale } = useI18n()

  const intlLocale = () => (locale.value === 'en' ? 'en-US' : 'zh-CN')

  function enumLabel(
    kind: 'ProjectStatus' | 'CameraStatus' | 'InfrastructureKind' | 'DocumentCategory' | 'OrganizationKind',
    value: string,
  ): string {
    const key = `enums.${kind}.${value}`
    return te(key) ? t(key) : value
  }

  return {
    locale,
    projectStatus: (s: ProjectStatus) => enumLabel('ProjectStatus', s),
    projectStatusTag: (s: ProjectStatus): TagType => PROJECT_STATUS_TAG[s] ?? 'info',
    cameraStatus: (s: CameraStatus) => enumLabel('CameraStatus', s),
    cameraStatusTag: (s: CameraStatus): TagType => CAMERA_STATUS_TAG[s] ?? 'info',
    infrastructureKind: (k: InfrastructureKind) => enumLabel('InfrastructureKind', k),
    documentCategory: (c: DocumentCategory) => enumLabel('DocumentCategory', c),
    organizationKind: (k: OrganizationKind) => enumLabel('OrganizationKind', k),
    role: (r: Role) => (te(`roles.${r}`) ? t(`roles.${r}`) : r),
    districtName: (d: NamedDistrict | null | undefined) =>
      d ? (locale.value === 'en' ? d.nameEn || d.name : d.name) : '',
    number: (n: number, digits = 0) =>
      Number.isSafeInteger(n) ? groupedInteger(n) : numberFormat(intlLocale(), { maximumFractionDigits: digits }).format(n),
    area: (m2: number) =>
      t('project.unit.m2', { value: numberFormat(intlLocale(), { maximumFractionDigits: 0 }).format(m2) }),
    money: (cny: number) =>
      t('project.unit.cny', {
        value: numberFormat(intlLocale(), { notation: 'compact', maximumFractionDigits: 2 }).format(cny),
      }),
    percent: (ratio: number) =>
      percentTenths(ratio) ?? numberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(ratio),
    /** A calendar date ("YYYY-MM-DD" or ISO timestamp) without the time. */
    date: (iso: string | null | undefined) => {
      if (!iso) return ''
      const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso)
      if (Number.isNaN(date.getTime())) return iso
      return dateTimeFormat(intlLocale(), { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
    },
    dateTime: (iso: string | null | undefined) => {
      if (!iso) return ''
      const date = new Date(iso)
      if (Number.isNaN(date.getTime())) return iso
      return dateTimeFormat(intlLocale(), {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(date)
    },
    bytes: (size: number) => {
      const units = ['B', 'KB', 'MB', 'GB']
      let value = size
      let unit = 0
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024
        unit += 1
      }
      return `${numberFormat(intlLocale(), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`
    },
  }
}
