import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'

export interface FieldUserError {
  code: string
  message?: string
  field?: readonly (string | number)[] | string | null
}

/**
 * Server refusals (`UserError.code` + input field path) shown on the form item
 * they concern. The path's last named segment is the form's prop name; a path
 * the form has no item for ends up in `general`.
 */
export function useFieldErrors(fields: readonly string[]) {
  const { t, te } = useI18n()
  const errors = reactive<Record<string, string>>({})
  const state = reactive({ general: '' })

  function localize(error: FieldUserError): string {
    const key = `adminErrors.${error.code}`
    if (te(key)) return t(key)
    return error.message || t('adminErrors.UNKNOWN', { code: error.code })
  }

  function propOf(field: FieldUserError['field']): string | null {
    if (!field) return null
    const parts = (typeof field === 'string' ? field.split('.') : [...field]).filter(
      (p): p is string => typeof p === 'string' && p !== 'input',
    )
    for (let i = parts.length - 1; i >= 0; i--) {
      if (fields.includes(parts[i]!)) return parts[i]!
    }
    const joined = parts.join('.')
    return fields.includes(joined) ? joined : null
  }

  function clear(): void {
    for (const key of Object.keys(errors)) errors[key] = ''
    state.general = ''
  }

  function apply(list: FieldUserError | readonly FieldUserError[]): void {
    clear()
    for (const error of Array.isArray(list) ? list : [list]) {
      const prop = propOf(error.field)
      const text = localize(error)
      if (prop) errors[prop] = errors[prop] ? `${errors[prop]}；${text}` : text
      else state.general = state.general ? `${state.general}；${text}` : text
    }
  }

  /** Shown on `<el-form-item :error>`: Element Plus re-shows an unchanged string only after it was cleared. */
  const of = (prop: string): string => errors[prop] ?? ''

  return { errors, state, apply, clear, of, localize }
}
