import { authorizedFetch, refusalOf } from '@/composables/useDocumentFiles'

/** Evidence for a hazard notice: POST /api/hazards/evidence (same sniffing and size limit as documents). */
export async function uploadEvidence(projectId: string, source: 'FRAME' | 'PHOTO', file: Blob, name: string): Promise<string> {
  const params = new URLSearchParams({ projectId, source, filename: name })
  const response = await authorizedFetch(`/api/hazards/evidence?${params}`, {
    method: 'POST',
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
    body: file,
  })
  if (!response.ok) throw await refusalOf(response)
  const body = (await response.json()) as { evidenceId: string }
  return body.evidenceId
}

/** The monthly report as a file rendered by the server (xlsx with openpyxl, pdf with reportlab). */
export async function downloadReport(format: 'xlsx' | 'pdf', params: Record<string, string>): Promise<void> {
  const response = await authorizedFetch(`/api/reports/monthly.${format}?${new URLSearchParams(params)}`, { method: 'GET' })
  if (!response.ok) throw await refusalOf(response)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = `sitewatch-report-${params.month}.${format}`
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Default rectification deadline by severity (Art. 14): the graver, the sooner. */
export const DEADLINE_HOURS: Record<string, number> = { LOW: 7 * 24, MEDIUM: 3 * 24, HIGH: 24, CRITICAL: 4 }

/** The client should start on the sub-stream: a narrow screen, data saver, or a slow link. */
export function prefersSubStream(): boolean {
  const connection = (navigator as Navigator & { connection?: { effectiveType?: string; saveData?: boolean } }).connection
  if (connection?.saveData) return true
  if (connection?.effectiveType && ['slow-2g', '2g', '3g'].includes(connection.effectiveType)) return true
  return window.matchMedia('(max-width: 767px)').matches
}
