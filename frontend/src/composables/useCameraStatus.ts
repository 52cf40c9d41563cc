import { reactive } from 'vue'
import { useSubscription } from '@urql/vue'
import {
  CameraStatusChangesDocument,
  type CameraStatus,
  type CameraStatusChangesSubscription,
} from '@/graphql/generated/graphql'

// The latest status the gateways reported for each camera since the page loaded (camera id → status).
const reported = reactive(new Map<string, CameraStatus>())

/** Start the live feed; call once from the logged-in layout (the subscription lives with it). */
export function useCameraStatusFeed(): void {
  useSubscription(
    { query: CameraStatusChangesDocument },
    (_previous: CameraStatusChangesSubscription | undefined, data: CameraStatusChangesSubscription) => {
      reported.set(data.cameraStatus.cameraId, data.cameraStatus.status)
      return data
    },
  )
}

/** A camera's status as shown: the live report when there is one, else what the query returned. */
export function liveStatus(camera: { id: string; status: CameraStatus }): CameraStatus {
  return reported.get(camera.id) ?? camera.status
}
