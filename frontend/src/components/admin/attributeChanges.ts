import { useI18n } from 'vue-i18n'
import type { InfrastructureKind, ProjectChangeRequestFieldsFragment } from '@/graphql/generated/graphql'
import { useFormat } from '@/composables/useFormat'

/** The six Art. 5 attributes, as the project and `ProjectChangeRequest.attributesAfter` carry them. */
export interface Art5Values {
  governmentInvested: boolean
  singleBuildingAreaM2: number
  groupBuildingAreaM2: number
  investmentCny: number
  infrastructureKind: InfrastructureKind
  wholeBuildingRelocation: boolean
}
export type Art5Key = keyof Art5Values

const LABELS: Record<Art5Key, string> = {
  governmentInvested: 'project.governmentInvested',
  singleBuildingAreaM2: 'project.singleBuildingArea',
  groupBuildingAreaM2: 'project.groupBuildingArea',
  investmentCny: 'project.investment',
  infrastructureKind: 'project.infrastructureKind',
  wholeBuildingRelocation: 'project.wholeBuildingRelocation',
}

export interface AttributeChange {
  key: Art5Key
  label: string
  before: string
  after: string
}

/** "Single building area: 12,000 m² → 800 m²" rows for a pending Art. 5 change of a project. */
export function useAttributeChanges() {
  const { t } = useI18n()
  const fmt = useFormat()

  function value(key: Art5Key, values: Art5Values): string {
    switch (key) {
      case 'governmentInvested':
      case 'wholeBuildingRelocation':
        return values[key] ? t('app.yes') : t('app.no')
      case 'singleBuildingAreaM2':
      case 'groupBuildingAreaM2':
        return fmt.area(values[key])
      case 'investmentCny':
        return fmt.money(values[key])
      case 'infrastructureKind':
        return fmt.infrastructureKind(values[key])
    }
  }

  function changes(project: Art5Values, request: Pick<ProjectChangeRequestFieldsFragment, 'changedAttributes' | 'attributesAfter'>): AttributeChange[] {
    return request.changedAttributes
      .filter((name): name is Art5Key => name in LABELS)
      .map((key) => ({ key, label: t(LABELS[key]), before: value(key, project), after: value(key, request.attributesAfter) }))
  }

  /** One line for a list, the requested values only: "label → after; …". */
  function summary(request: Pick<ProjectChangeRequestFieldsFragment, 'changedAttributes' | 'attributesAfter'>): string {
    return request.changedAttributes
      .filter((name): name is Art5Key => name in LABELS)
      .map((key) => t('admin.projects.changeTo', { label: t(LABELS[key]), after: value(key, request.attributesAfter) }))
      .join(t('admin.projects.changeSeparator'))
  }

  return { changes, summary }
}
