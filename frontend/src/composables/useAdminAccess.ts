import { computed, ref } from 'vue'
import { client } from '@/graphql/client'
import { AdminAccessDocument, type AdminAccessQuery } from '@/graphql/generated/graphql'

export type AdminAccess = AdminAccessQuery['adminAccess']
export type AdminSection = 'organizations' | 'projects' | 'cameras' | 'gateways' | 'accounts' | 'import'

/** In the order of the administration tabs. */
export const ADMIN_SECTIONS: readonly AdminSection[] = ['organizations', 'projects', 'cameras', 'gateways', 'accounts', 'import']

const access = ref<AdminAccess | null>(null)
let loading: Promise<AdminAccess | null> | null = null

/** What the administration offers this viewer, as decided by the server's policy (never mirrored here). */
async function loadAdminAccess(force = false): Promise<AdminAccess | null> {
  if (access.value && !force) return access.value
  if (!loading) {
    loading = client
      .query(AdminAccessDocument, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        access.value = result.data?.adminAccess ?? null
        return access.value
      })
      .finally(() => {
        loading = null
      })
  }
  return loading
}

export function useAdminAccess() {
  const sections = computed(() => ADMIN_SECTIONS.filter((s) => !!access.value?.[s]))
  return {
    access: computed(() => access.value),
    sections,
    load: loadAdminAccess,
    can: (section: AdminSection) => !!access.value?.[section],
  }
}
