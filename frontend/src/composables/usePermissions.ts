import { computed } from 'vue'
import type { Role } from '@/graphql/generated/graphql'
import { useAuth } from '@/composables/useAuth'

/**
 * What the UI offers to the current role. A mirror of the server's policy
 * (backend/authz/policy.py) used only to hide controls; the server decides.
 */
const CENTERS: readonly Role[] = ['CITY_CENTER', 'DISTRICT_CENTER']
const SITE: readonly Role[] = ['CONSTRUCTION_UNIT', 'SUPERVISOR', 'CONTRACTOR']

export function usePermissions() {
  const { user } = useAuth()
  const role = computed<Role | null>(() => user.value?.role ?? null)
  const is = (roles: readonly Role[]) => computed(() => role.value !== null && roles.includes(role.value))
  return {
    role,
    viewDocuments: is([...CENTERS, 'INSPECTOR', ...SITE]),
    uploadDocuments: is(['SUPERVISOR', 'CONTRACTOR']),
    viewAccessLog: is(['CITY_CENTER']),
    viewHazards: is([...CENTERS, 'INSPECTOR', ...SITE]),
    issueHazards: is([...CENTERS, 'INSPECTOR']),
    respondHazards: is(SITE),
    reviewHazards: is([...CENTERS, 'INSPECTOR']),
    viewFaults: is([...CENTERS, 'INSPECTOR', 'PROVIDER', 'CONSTRUCTION_UNIT', 'SUPERVISOR']),
    viewDuty: is([...CENTERS, 'INSPECTOR', 'CONSTRUCTION_UNIT', 'SUPERVISOR']),
    manageDuty: is(['SUPERVISOR']),
    exportClips: is([...CENTERS, 'INSPECTOR', ...SITE]),
    reviewExports: is(CENTERS),
  }
}
