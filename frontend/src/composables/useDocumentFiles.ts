import { getTokens, isExpiringSoon } from '@/auth/tokens'
import { refreshTokens } from '@/graphql/client'
import type { DocumentCategory } from '@/graphql/generated/graphql'

/**
 * Article 10 document bodies travel over plain HTTP, not GraphQL:
 *   POST /api/documents/upload?projectId=&category=&title=[&documentId=]  (raw body, X-Filename)
 *   GET  /api/documents/{id}/download[?version=N]
 * both with the bearer access token. Refusals are JSON `{ code, message, article }`.
 */
export interface DocumentRefusal {
  code: string
  message: string
  article: string
}

export interface UploadedVersion {
  documentId: string
  version: number
  sizeBytes: number
  contentType: string
  sha256: string
}

export class DocumentRequestError extends Error {
  constructor(readonly refusal: DocumentRefusal) {
    super(refusal.message)
  }
}

async function bearer(): Promise<string> {
  if (isExpiringSoon()) await refreshTokens()
  const tokens = getTokens()
  if (!tokens) throw new DocumentRequestError({ code: 'UNAUTHENTICATED', message: '', article: '' })
  return `Bearer ${tokens.accessToken}`
}

export async function refusalOf(response: Response): Promise<DocumentRequestError> {
  try {
    const body = (await response.json()) as Partial<DocumentRefusal>
    if (typeof body.code === 'string') {
      return new DocumentRequestError({ code: body.code, message: body.message ?? '', article: body.article ?? '' })
    }
  } catch {
    /* not JSON: fall through */
  }
  return new DocumentRequestError({ code: response.status === 413 ? 'FILE_TOO_LARGE' : 'UNKNOWN', message: '', article: '' })
}

/** Send with the token; on 401 refresh once and retry. */
export async function authorizedFetch(url: string, init: RequestInit): Promise<Response> {
  const attempt = async () =>
    fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: await bearer() } })
  let response: Response
  try {
    response = await attempt()
    if (response.status === 401) {
      await refreshTokens()
      response = await attempt()
    }
  } catch (error) {
    if (error instanceof DocumentRequestError) throw error
    throw new DocumentRequestError({ code: 'NETWORK', message: '', article: '' })
  }
  return response
}

/** Header values must be ISO-8859-1; other names go in the query string instead. */
const LATIN1 = /^[\x20-\x7e\xa0-\xff]*$/

export async function uploadDocument(options: {
  projectId: string
  category: DocumentCategory
  title: string
  file: File
  documentId?: string | null
}): Promise<UploadedVersion> {
  const params = new URLSearchParams({ projectId: options.projectId, category: options.category, title: options.title })
  if (options.documentId) params.set('documentId', options.documentId)
  const headers: Record<string, string> = { 'Content-Type': options.file.type || 'application/octet-stream' }
  if (LATIN1.test(options.file.name)) headers['X-Filename'] = options.file.name
  else params.set('filename', options.file.name)
  const response = await authorizedFetch(`/api/documents/upload?${params}`, {
    method: 'POST',
    headers,
    body: options.file,
  })
  if (!response.ok) throw await refusalOf(response)
  return (await response.json()) as UploadedVersion
}

/** Download one version (default: the current one) and save it under its file name. */
export async function downloadDocument(documentId: string, filename: string, version?: number): Promise<void> {
  const query = version ? `?version=${version}` : ''
  const response = await authorizedFetch(`/api/documents/${encodeURIComponent(documentId)}/download${query}`, {
    method: 'GET',
  })
  if (!response.ok) throw await refusalOf(response)
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
