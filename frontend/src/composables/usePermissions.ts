import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import type { ProjectActions } from '@/graphql/generated/graphql'

/**
 * What the UI offers on the open project: the server's decision (`Project.viewerCan`), never a
 * copy of the policy. The project page provides it; its panels and dialogs inject it.
 */
type Actions = Partial<Omit<ProjectActions, '__typename'>>
type Permissions = { [K in keyof Actions]-?: ComputedRef<boolean> }

const KEY: InjectionKey<ComputedRef<Actions | null>> = Symbol('project-permissions')

function fromActions(actions: ComputedRef<Actions | null>): Permissions {
  const allowed = (name: keyof Actions) => computed(() => actions.value?.[name] === true)
  return {
    viewDocuments: allowed('viewDocuments'),
    uploadDocuments: allowed('uploadDocuments'),
    viewAccessLog: allowed('viewAccessLog'),
    viewHazards: allowed('viewHazards'),
    issueHazards: allowed('issueHazards'),
    respondHazards: allowed('respondHazards'),
    reviewHazards: allowed('reviewHazards'),
    viewFaults: allowed('viewFaults'),
    viewDuty: allowed('viewDuty'),
    manageDuty: allowed('manageDuty'),
    exportClips: allowed('exportClips'),
    reviewExports: allowed('reviewExports'),
  }
}

/** In the project page: make the project's permissions available to everything below it. */
export function provideProjectPermissions(actions: ComputedRef<Actions | null>): Permissions {
  provide(KEY, actions)
  return fromActions(actions)
}

/** Below the project page: the open project's permissions (all false outside a project). */
export function usePermissions(): Permissions {
  return fromActions(inject(KEY, computed(() => null)))
}
