/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: any; output: any; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: any; output: any; }
};

export type AccountPayload = {
  __typename?: 'AccountPayload';
  account: User;
};

export type AccountResult = AccountPayload | IntakeError;

export type AcknowledgeAlertResult = AlertAcknowledged | AlertNotFound;

export type AcknowledgeAlertsResult = AlertNotFound | AlertsAcknowledged | TooManyAlerts;

export type AcquireCameraControlResult = CameraControlLease | CameraNotFound | ControlContended | ControlHeld | ControlNotAllowed | PtzNotSupported | ReservationNotAllowed;

export type AddDutyShiftInput = {
  endsAt: Scalars['DateTime']['input'];
  operatorId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** Which administration pages and actions the viewer has (decided in backend/authz). */
export type AdminAccess = {
  __typename?: 'AdminAccess';
  accounts: Scalars['Boolean']['output'];
  approveCameraRemovals: Scalars['Boolean']['output'];
  approveProjects: Scalars['Boolean']['output'];
  cameras: Scalars['Boolean']['output'];
  gateways: Scalars['Boolean']['output'];
  import: Scalars['Boolean']['output'];
  manageOrganizations: Scalars['Boolean']['output'];
  manageableRoles: Array<Role>;
  organizations: Scalars['Boolean']['output'];
  projects: Scalars['Boolean']['output'];
  registerProject: Scalars['Boolean']['output'];
};

export type Alert = Node & {
  __typename?: 'Alert';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The camera the alert is about (a camera's own alert, or a notice issued from its view). */
  camera?: Maybe<Camera>;
  createdAt: Scalars['DateTime']['output'];
  /** Pass to `alerts(since:)` to resume after this alert. */
  cursor: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  objectId: Scalars['String']['output'];
  objectType: Scalars['String']['output'];
  project?: Maybe<Project>;
  severity: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type AlertAcknowledged = {
  __typename?: 'AlertAcknowledged';
  alert: Alert;
};

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

export type AlertNotFound = UserError & {
  __typename?: 'AlertNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type AlertsAcknowledged = {
  __typename?: 'AlertsAcknowledged';
  /** How many were newly acknowledged. */
  acknowledgedCount: Scalars['Int']['output'];
  alerts: Array<Alert>;
};

export type ApiTokenCreated = {
  __typename?: 'ApiTokenCreated';
  name: Scalars['String']['output'];
  operations: Array<Scalars['String']['output']>;
  prefix: Scalars['String']['output'];
  /** Shown once; store it now. */
  token: Scalars['String']['output'];
};

export type ApprovalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  actorUsername?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  detail: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  objectId: Scalars['String']['output'];
  objectType: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type Camera = Node & {
  __typename?: 'Camera';
  /** The enrolled device (Art. 16); null until a gateway has reported one, and unless you may follow fault tickets. */
  enrolledDevice?: Maybe<CameraDevice>;
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  locationKind: CameraLocationKind;
  /** RTSP URL of the main stream; null unless your role may see stream addresses. */
  mainStreamUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** ONVIF device service URL (no credentials); null unless you may see stream addresses. */
  onvifEndpoint?: Maybe<Scalars['String']['output']>;
  /** Whether an ONVIF password is stored (passwords are never returned). */
  onvifPasswordSet: Scalars['Boolean']['output'];
  /** The ONVIF user name; null unless you may see stream addresses. */
  onvifUsername?: Maybe<Scalars['String']['output']>;
  /** The removal waiting for the district's approval (Art. 16), if any. */
  pendingRemoval?: Maybe<CameraRemoval>;
  project: Project;
  ptzCapable: Scalars['Boolean']['output'];
  /** Whether an RTSP password is stored (passwords are never returned). */
  rtspPasswordSet: Scalars['Boolean']['output'];
  /** The RTSP user name; null unless you may see stream addresses. */
  rtspUsername?: Maybe<Scalars['String']['output']>;
  serial?: Maybe<Scalars['String']['output']>;
  status: CameraStatus;
  /** RTSP URL of the sub stream; null unless your role may see stream addresses. */
  subStreamUrl?: Maybe<Scalars['String']['output']>;
  /** Whether you may take PTZ control of this camera (policy CONTROL_CAMERA in its scope). */
  viewerCanControl: Scalars['Boolean']['output'];
  /** Whether you may reserve this camera (Art. 12 city hold, policy RESERVE_CAMERA in its scope). */
  viewerCanReserve: Scalars['Boolean']['output'];
};

export type CameraControlEvent = {
  __typename?: 'CameraControlEvent';
  at: Scalars['DateTime']['output'];
  cameraId: Scalars['ID']['output'];
  kind: CameraControlEventKind;
  /** The lease after the event (null: free). */
  lease?: Maybe<CameraControlLease>;
  /** The lease that ended or was taken over. */
  previous?: Maybe<CameraControlLease>;
};

export type CameraControlEventKind =
  | 'ACQUIRED'
  | 'EXPIRED'
  | 'PREEMPTED'
  | 'RELEASED'
  | 'STATE';

/** The right to move one camera, until `expiresAt` (a city reservation ends too). */
export type CameraControlLease = {
  __typename?: 'CameraControlLease';
  acquiredAt: Scalars['DateTime']['output'];
  camera?: Maybe<Camera>;
  /** When the lease ends: after inactivity, or for a city reservation its fixed end (Art. 12). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether you hold this lease. */
  heldByYou: Scalars['Boolean']['output'];
  holder: ControlHolder;
  id: Scalars['ID']['output'];
  lastCommandAt: Scalars['DateTime']['output'];
  priority: Scalars['Int']['output'];
  reserved: Scalars['Boolean']['output'];
};

export type CameraControlReleased = {
  __typename?: 'CameraControlReleased';
  cameraId: Scalars['ID']['output'];
  releasedAt: Scalars['DateTime']['output'];
};

/** The device enrolled at a camera's address (Art. 16 equipment integrity): the first one its gateway reported, from ONVIF GetDeviceInformation and the video stream's parameters. */
export type CameraDevice = {
  __typename?: 'CameraDevice';
  enrolledAt: Scalars['DateTime']['output'];
  hardwareId?: Maybe<Scalars['String']['output']>;
  manufacturer?: Maybe<Scalars['String']['output']>;
  model?: Maybe<Scalars['String']['output']>;
  /** Since when another device has been answering at the camera's address (an open UNAUTHORIZED_REMOVAL fault ticket); null while the enrolled device answers. */
  replacedAt?: Maybe<Scalars['DateTime']['output']>;
  serial?: Maybe<Scalars['String']['output']>;
  /** Signature of the stream the gateway saw: "MAIN H.264 profile 66 level 3.1 1280x720". */
  stream?: Maybe<Scalars['String']['output']>;
};

/** Passwords: omit (null) to keep the stored one, "" to clear it. user:password inside a URL is split off and stored like the separate fields; URLs are stored and shown without it. */
export type CameraInput = {
  location?: Scalars['String']['input'];
  locationKind?: CameraLocationKind;
  mainStreamUrl: Scalars['String']['input'];
  name: Scalars['String']['input'];
  onvifEndpoint?: Scalars['String']['input'];
  onvifPassword?: InputMaybe<Scalars['String']['input']>;
  onvifUsername?: InputMaybe<Scalars['String']['input']>;
  ptzCapable?: Scalars['Boolean']['input'];
  rtspPassword?: InputMaybe<Scalars['String']['input']>;
  rtspUsername?: InputMaybe<Scalars['String']['input']>;
  serial?: InputMaybe<Scalars['String']['input']>;
  subStreamUrl?: Scalars['String']['input'];
};

export type CameraLocationKind =
  | 'GATE'
  | 'MATERIAL_YARD'
  | 'OTHER'
  | 'TOWER_CRANE'
  | 'WORK_FACE';

export type CameraNotFound = UserError & {
  __typename?: 'CameraNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CameraPayload = {
  __typename?: 'CameraPayload';
  camera: Camera;
};

/** What the gateway found: stream parameters, a snapshot, PTZ. */
export type CameraProbeResult = {
  __typename?: 'CameraProbeResult';
  /** Null when the stream does not tell. */
  bFrames?: Maybe<Scalars['Boolean']['output']>;
  codec: Scalars['String']['output'];
  fps?: Maybe<Scalars['Float']['output']>;
  gatewayId: Scalars['String']['output'];
  height: Scalars['Int']['output'];
  onvifChecked: Scalars['Boolean']['output'];
  presets: Array<Scalars['String']['output']>;
  profile: Scalars['String']['output'];
  ptzSupported?: Maybe<Scalars['Boolean']['output']>;
  /** data:image/jpeg;base64,… of the first keyframe. */
  snapshotDataUrl?: Maybe<Scalars['String']['output']>;
  warningMessages: Array<Scalars['String']['output']>;
  /** Codes: BELOW_720P (Art. 9 wants HD), B_FRAMES (relayed by transcoding), ONVIF_FAILED. */
  warnings: Array<Scalars['String']['output']>;
  width: Scalars['Int']['output'];
};

export type CameraRemoval = Node & {
  __typename?: 'CameraRemoval';
  camera?: Maybe<Camera>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionNote: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  status: CameraRemovalStatus;
};

export type CameraRemovalConnection = {
  __typename?: 'CameraRemovalConnection';
  edges: Array<CameraRemovalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CameraRemovalEdge = {
  __typename?: 'CameraRemovalEdge';
  cursor: Scalars['String']['output'];
  node: CameraRemoval;
};

export type CameraRemovalPayload = {
  __typename?: 'CameraRemovalPayload';
  camera: Camera;
  removal: CameraRemoval;
};

export type CameraRemovalResult = CameraRemovalPayload | IntakeError;

export type CameraRemovalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type CameraResult = CameraPayload | IntakeError;

export type CameraStatus =
  | 'DECOMMISSIONED'
  | 'NO_VIDEO'
  | 'OFFLINE'
  | 'ONLINE'
  | 'UNKNOWN';

export type CameraStatusChange = {
  __typename?: 'CameraStatusChange';
  at: Scalars['DateTime']['output'];
  cameraId: Scalars['ID']['output'];
  previous?: Maybe<CameraStatus>;
  projectId: Scalars['ID']['output'];
  status: CameraStatus;
};

export type CameraUnavailable = UserError & {
  __typename?: 'CameraUnavailable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The gateway could not reach or read the camera (code CAMERA_UNREACHABLE, CAMERA_AUTH_FAILED, NO_VIDEO). */
export type CameraUnreachable = UserError & {
  __typename?: 'CameraUnreachable';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** One Art. 10 category of a project (Art. 11 deadlines). */
export type CategoryCompleteness = {
  __typename?: 'CategoryCompleteness';
  category: DocumentCategory;
  documentCount: Scalars['Int']['output'];
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  latestUploadAt?: Maybe<Scalars['DateTime']['output']>;
  /** COMPLETE, MISSING or OVERDUE */
  status: Scalars['String']['output'];
};

export type ChangePasswordResult = InvalidCredentials | PasswordChanged | PasswordRejected;

export type City = {
  __typename?: 'City';
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
};

/** A clip remuxed (not transcoded) into one MP4 by the gateway. */
export type ClipExport = Node & {
  __typename?: 'ClipExport';
  bytes?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** GET with `Authorization: Bearer <accessToken>` once DONE; written to the access log. */
  downloadUrl: Scalars['String']['output'];
  /** Seconds between `from` and `to`. */
  durationSeconds: Scalars['Float']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  from: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  percent: Scalars['Int']['output'];
  reviewDecision?: Maybe<ClipExportReview>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  sha256?: Maybe<Scalars['String']['output']>;
  state: ClipExportState;
  to: Scalars['DateTime']['output'];
  /** While true, the exported footage is held: retention and the disk guard never delete it. */
  underReview: Scalars['Boolean']['output'];
};

export type ClipExportNotFound = UserError & {
  __typename?: 'ClipExportNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ClipExportNotUnderReview = UserError & {
  __typename?: 'ClipExportNotUnderReview';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ClipExportPayload = {
  __typename?: 'ClipExportPayload';
  export: ClipExport;
};

/** How an export's review ended: RELEASED (its footage ages out again) or KEPT_AS_EVIDENCE. */
export type ClipExportReview =
  | 'KEPT_AS_EVIDENCE'
  | 'RELEASED';

export type ClipExportState =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type CompletePasswordChangeResult = InvalidCredentials | LoginSuccess | PasswordRejected;

export type ControlContended = UserError & {
  __typename?: 'ControlContended';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ControlHeld = UserError & {
  __typename?: 'ControlHeld';
  code: Scalars['String']['output'];
  holder: ControlHolder;
  message: Scalars['String']['output'];
  priority: Scalars['Int']['output'];
  reserved: Scalars['Boolean']['output'];
  /** When the lease expires unless renewed; null: reserved. */
  until?: Maybe<Scalars['DateTime']['output']>;
};

/** Who holds (or held) a camera's control lease. */
export type ControlHolder = {
  __typename?: 'ControlHolder';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

export type ControlNotAllowed = UserError & {
  __typename?: 'ControlNotAllowed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CoordinateSystem =
  | 'GCJ02'
  | 'WGS84';

export type CreateAccountInput = {
  displayName: Scalars['String']['input'];
  /** District accounts. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** Must be changed at the first login. */
  initialPassword: Scalars['String']['input'];
  /** Site accounts. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Site accounts. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
  username: Scalars['String']['input'];
};

export type CreateApiTokenResult = ApiTokenCreated | InvalidApiTokenRequest;

export type DeleteWallLayoutResult = WallLayoutDeleted | WallLayoutError;

export type District = Node & {
  __typename?: 'District';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  /** The district's projects visible to the caller, by id. */
  projects: ProjectConnection;
};


export type DistrictProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A district's approximate extent, for the map's grid. */
export type DistrictArea = {
  __typename?: 'DistrictArea';
  center: LatLng;
  district: District;
  east: Scalars['Float']['output'];
  north: Scalars['Float']['output'];
  south: Scalars['Float']['output'];
  west: Scalars['Float']['output'];
};

export type Document = Node & {
  __typename?: 'Document';
  category: DocumentCategory;
  currentVersion?: Maybe<DocumentVersion>;
  id: Scalars['ID']['output'];
  project: Project;
  title: Scalars['String']['output'];
  versions: Array<DocumentVersion>;
};

/** Art. 10 confidentiality log: who read which document — or played back, snapshotted, exported or downloaded which camera's footage — when and from where. */
export type DocumentAccessEntry = {
  __typename?: 'DocumentAccessEntry';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Set for footage entries. */
  cameraId?: Maybe<Scalars['ID']['output']>;
  /** Footage entries: the camera's name (null when it has been deleted). */
  cameraName?: Maybe<Scalars['String']['output']>;
  clientIp: Scalars['String']['output'];
  /** The export of EXPORT/DOWNLOAD footage. */
  clipExportId?: Maybe<Scalars['ID']['output']>;
  /** Null for footage entries. */
  documentId?: Maybe<Scalars['ID']['output']>;
  /** Footage entries: start of the window the user was given (the instant for SNAPSHOT). */
  footageFrom?: Maybe<Scalars['DateTime']['output']>;
  footageTo?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  role: Scalars['String']['output'];
  username: Scalars['String']['output'];
  version?: Maybe<Scalars['Int']['output']>;
};

export type DocumentAccessEntryConnection = {
  __typename?: 'DocumentAccessEntryConnection';
  edges: Array<DocumentAccessEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentAccessEntryEdge = {
  __typename?: 'DocumentAccessEntryEdge';
  cursor: Scalars['String']['output'];
  node: DocumentAccessEntry;
};

export type DocumentCategory =
  | 'CONSTRUCTION_ORGANIZATION_DESIGN'
  | 'MANAGEMENT_ORGANIZATION'
  | 'PROJECT_OVERVIEW'
  | 'SAFETY_COMMITMENT'
  | 'SAFETY_INSPECTION_REMEDIATION'
  | 'SAFETY_MANAGEMENT_RULES'
  | 'SAFETY_RESPONSIBILITY_SYSTEM'
  | 'SPECIAL_CONSTRUCTION_PLANS'
  | 'SUBCONTRACTORS_LABOUR_TEAMS';

export type DocumentVersion = {
  __typename?: 'DocumentVersion';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  uploadedBy?: Maybe<User>;
  version: Scalars['Int']['output'];
};

export type DutyCheckIn = {
  __typename?: 'DutyCheckIn';
  checkedInAt: Scalars['DateTime']['output'];
  checkedOutAt?: Maybe<Scalars['DateTime']['output']>;
  lastHeartbeatAt: Scalars['DateTime']['output'];
  operator?: Maybe<User>;
};

export type DutyCheckInPayload = {
  __typename?: 'DutyCheckInPayload';
  checkIn: DutyCheckIn;
};

export type DutyCheckInResult = DutyCheckInPayload | DutyNotFound | DutyRefused;

export type DutyNotFound = UserError & {
  __typename?: 'DutyNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type DutyRefused = UserError & {
  __typename?: 'DutyRefused';
  article: Scalars['String']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A project's monitoring room (Art. 9): shifts and who is present. */
export type DutyRoster = {
  __typename?: 'DutyRoster';
  /** False when nobody is on duty: the Art. 9 'unattended' condition. */
  attended: Scalars['Boolean']['output'];
  /** Operators checked in with a fresh heartbeat. */
  present: Array<DutyCheckIn>;
  shifts: Array<DutyShift>;
};

export type DutyShift = {
  __typename?: 'DutyShift';
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  operator?: Maybe<User>;
  startsAt: Scalars['DateTime']['output'];
};

export type DutyShiftPayload = {
  __typename?: 'DutyShiftPayload';
  shift: DutyShift;
};

export type DutyShiftResult = DutyNotFound | DutyRefused | DutyShiftPayload;

/** The protected clip held as evidence around a notice's instant. */
export type EvidenceClip = {
  __typename?: 'EvidenceClip';
  /** The evidence instant (issue time or the chosen evidenceAt). */
  at: Scalars['DateTime']['output'];
  cameraId: Scalars['ID']['output'];
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
};

export type ExportClipResult = CameraNotFound | ClipExportPayload | GatewayUnavailable | NothingRecorded | RecordingRangeInvalid;

export type FaultKind =
  | 'OFFLINE'
  | 'RECORDING_GAP'
  | 'UNAUTHORIZED_REMOVAL';

export type FaultStatus =
  | 'CLOSED'
  | 'OPEN';

/** A camera fault to repair within 24 hours (Art. 16). */
export type FaultTicket = {
  __typename?: 'FaultTicket';
  breachedAt?: Maybe<Scalars['DateTime']['output']>;
  camera?: Maybe<Camera>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  deadline: Scalars['DateTime']['output'];
  detail: Scalars['String']['output'];
  downtimeSeconds?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: FaultKind;
  openedAt: Scalars['DateTime']['output'];
  project: Project;
  status: FaultStatus;
};

export type FaultTicketConnection = {
  __typename?: 'FaultTicketConnection';
  edges: Array<FaultTicketEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FaultTicketEdge = {
  __typename?: 'FaultTicketEdge';
  cursor: Scalars['String']['output'];
  node: FaultTicket;
};

/** Who pays the monitoring fees (Art. 6). */
export type FeePayer =
  | 'CONSTRUCTION_UNIT'
  | 'CONTRACTOR'
  | 'SUPERVISOR';

export type GatewayCredentialPayload = {
  __typename?: 'GatewayCredentialPayload';
  /** Shown once: give it to the gateway as SITEWATCH_GATEWAY_CREDENTIAL. Only a digest is stored. */
  credential: Scalars['String']['output'];
  gateway: MediaGateway;
};

export type GatewayCredentialResult = GatewayCredentialPayload | IntakeError;

export type GatewayPayload = {
  __typename?: 'GatewayPayload';
  gateway: MediaGateway;
};

export type GatewayResult = GatewayPayload | IntakeError;

export type GatewayUnavailable = UserError & {
  __typename?: 'GatewayUnavailable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type HazardEntryKind =
  | 'ACCEPTED'
  | 'ACKNOWLEDGED'
  | 'ESCALATED'
  | 'ISSUED'
  | 'RECTIFICATION_REPORTED'
  | 'REJECTED';

/** A photo or live-video frame attached at issue. */
export type HazardEvidence = {
  __typename?: 'HazardEvidence';
  contentType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  source: Scalars['String']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** GET with the bearer token. */
  url: Scalars['String']['output'];
};

export type HazardKind =
  | 'RECTIFY'
  | 'STOP_WORK';

/** A hazard notice or stop-work order (Art. 14). */
export type HazardNotice = Node & {
  __typename?: 'HazardNotice';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  camera?: Maybe<Camera>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  deadline: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** The thread: issue, acknowledgement, rectification reports, reviews, escalation. */
  entries: Array<HazardNoticeEntry>;
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Photos and captured frames attached when the notice was issued. */
  evidence: Array<HazardEvidence>;
  /** Evidence: the recorded clip protected around the evidence instant (60 s before to 30 s after); play it back with startPlayback. Null without a camera. */
  evidenceClip?: Maybe<EvidenceClip>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  issuedBy?: Maybe<User>;
  issuerLevel: Scalars['String']['output'];
  kind: HazardKind;
  overdue: Scalars['Boolean']['output'];
  project: Project;
  severity: HazardSeverity;
  /** Evidence: the stored JPEG of the camera at the evidence instant (GET with the access token; written once the recorded frame has been fetched). Empty when no camera was named or the camera gave no picture. */
  snapshotUrl: Scalars['String']['output'];
  status: HazardStatus;
};

export type HazardNoticeConnection = {
  __typename?: 'HazardNoticeConnection';
  edges: Array<HazardNoticeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HazardNoticeEdge = {
  __typename?: 'HazardNoticeEdge';
  cursor: Scalars['String']['output'];
  node: HazardNotice;
};

/** One message of the notice's thread. */
export type HazardNoticeEntry = {
  __typename?: 'HazardNoticeEntry';
  at: Scalars['DateTime']['output'];
  /** Rectification evidence (documents of the project). */
  attachments: Array<Document>;
  author?: Maybe<User>;
  authorRole: Scalars['String']['output'];
  kind: HazardEntryKind;
  text: Scalars['String']['output'];
};

export type HazardNoticeNotFound = UserError & {
  __typename?: 'HazardNoticeNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type HazardNoticePayload = {
  __typename?: 'HazardNoticePayload';
  notice: HazardNotice;
};

/** Art. 14 (or Art. 17) refused the step; `article` cites the regulation. */
export type HazardNoticeRefused = UserError & {
  __typename?: 'HazardNoticeRefused';
  article: Scalars['String']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type HazardNoticeResult = HazardNoticeNotFound | HazardNoticePayload | HazardNoticeRefused;

export type HazardSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type HazardStatus =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'OPEN'
  | 'RECTIFICATION_REPORTED';

export type ImportIntakeInput = {
  dryRun?: Scalars['Boolean']['input'];
  /** zh-CN or en for the row reasons; default: the Accept-Language header. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** From POST /api/intake/uploads. */
  uploadId: Scalars['String']['input'];
};

export type ImportIntakeResult = ImportReport | IntakeError;

export type ImportReport = {
  __typename?: 'ImportReport';
  badRows: Scalars['Int']['output'];
  camerasCreated: Scalars['Int']['output'];
  camerasUnchanged: Scalars['Int']['output'];
  camerasUpdated: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  issues: Array<ImportRowIssue>;
  projectsCreated: Scalars['Int']['output'];
  projectsUnchanged: Scalars['Int']['output'];
  projectsUpdated: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
};

export type ImportRowIssue = {
  __typename?: 'ImportRowIssue';
  /** The cell (C7) in a workbook, the header text in a CSV file. */
  cell: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** The column key (e.g. district_code); empty for the whole row. */
  column: Scalars['String']['output'];
  /** The row number in the sheet / CSV file (header = 1). */
  line: Scalars['Int']['output'];
  /** In the requested language. */
  reason: Scalars['String']['output'];
  /** projects or cameras */
  sheet: Scalars['String']['output'];
};

export type InfrastructureKind =
  | 'INTERCHANGE'
  | 'NONE'
  | 'PORT'
  | 'RIVER_BRIDGE'
  | 'STATION'
  | 'SUBWAY'
  | 'TUNNEL';

/** An intake mutation refused its input; `field` names the input field at fault. */
export type IntakeError = UserError & {
  __typename?: 'IntakeError';
  article?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type InvalidApiTokenRequest = UserError & {
  __typename?: 'InvalidApiTokenRequest';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type InvalidCredentials = UserError & {
  __typename?: 'InvalidCredentials';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type InvalidPtzInput = UserError & {
  __typename?: 'InvalidPtzInput';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type InvalidRefreshToken = UserError & {
  __typename?: 'InvalidRefreshToken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type IssueHazardNoticeInput = {
  cameraId?: InputMaybe<Scalars['ID']['input']>;
  deadline: Scalars['DateTime']['input'];
  description: Scalars['String']['input'];
  /** The recorded instant the evidence shows (default: the issue time); must lie inside the camera's recording. */
  evidenceAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Uploaded through POST /api/hazards/evidence (frame, photos). */
  evidenceIds?: Array<Scalars['ID']['input']>;
  kind: HazardKind;
  projectId: Scalars['ID']['input'];
  severity: HazardSeverity;
};

export type LatLng = {
  __typename?: 'LatLng';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type LatLngInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

export type LifecycleAction =
  | 'COMPLETE_CONSTRUCTION'
  | 'DEREGISTER'
  | 'FILE_SAFETY_MEASURES'
  | 'GRANT_CONSTRUCTION_PERMIT'
  | 'RECORD_CONTRACT'
  | 'RECORD_UNPERMITTED_START'
  | 'REGISTER_MONITORING'
  | 'REMOVE_EQUIPMENT'
  | 'RESUME'
  | 'START_CONSTRUCTION'
  | 'SUSPEND';

/** Whether you may take an action now, and if not why. */
export type LifecycleActionCheck = {
  __typename?: 'LifecycleActionCheck';
  action: LifecycleAction;
  allowed: Scalars['Boolean']['output'];
  article: Scalars['String']['output'];
  code: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** The lifecycle rule refused the action; `article` cites the regulation. */
export type LifecycleRefused = UserError & {
  __typename?: 'LifecycleRefused';
  article: Scalars['String']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type LifecycleTransition = {
  __typename?: 'LifecycleTransition';
  action: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  fromStatus: Scalars['String']['output'];
  note: Scalars['String']['output'];
  toStatus: Scalars['String']['output'];
};

export type LiveViewSession = {
  __typename?: 'LiveViewSession';
  expiresAt: Scalars['DateTime']['output'];
  snapshotUrl: Scalars['String']['output'];
  /** Send as `Authorization: Bearer <ticket>` to the gateway. */
  ticket: Scalars['String']['output'];
  /** POST an SDP offer here (WHEP, RFC 9725). */
  whepUrl: Scalars['String']['output'];
};

export type LoginResult = InvalidCredentials | LoginSuccess | PasswordChangeRequired | RateLimited;

export type LoginSuccess = {
  __typename?: 'LoginSuccess';
  accessToken: Scalars['String']['output'];
  expiresIn: Scalars['Int']['output'];
  /** Empty when the login asked for the HttpOnly cookie (header `X-Refresh-Cookie: 1`). */
  refreshToken: Scalars['String']['output'];
  user: User;
};

export type LogoutResult = InvalidRefreshToken | LogoutSuccess;

export type LogoutSuccess = {
  __typename?: 'LogoutSuccess';
  ok: Scalars['Boolean']['output'];
};

export type MapConfig = {
  __typename?: 'MapConfig';
  center: LatLng;
  /** The datum the tiles are drawn in; positions below are already in it. */
  coordinateSystem: CoordinateSystem;
  districts: Array<DistrictArea>;
  maxZoom: Scalars['Int']['output'];
  tileAttribution: Scalars['String']['output'];
  /** XYZ tile template; null: draw the district grid. */
  tileUrl?: Maybe<Scalars['String']['output']>;
};

export type MediaGateway = Node & {
  __typename?: 'MediaGateway';
  active: Scalars['Boolean']['output'];
  /** Serves every district (assigned explicitly). */
  allDistricts: Scalars['Boolean']['output'];
  credentialRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  districts: Array<District>;
  gatewayId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** Checked in within the last 90 s. */
  online: Scalars['Boolean']['output'];
  /** During a rotation: until when the previous credential still works (null once the new one is used). */
  previousCredentialValidUntil?: Maybe<Scalars['DateTime']['output']>;
  publicUrl: Scalars['String']['output'];
};

/** The monitoring-service contract (Art. 6). */
export type MonitoringContract = {
  __typename?: 'MonitoringContract';
  contractNumber: Scalars['String']['output'];
  feePayer: FeePayer;
  id: Scalars['ID']['output'];
  providerName: Scalars['String']['output'];
  qualificationNumber: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
};

export type MonitoringRequirement = {
  __typename?: 'MonitoringRequirement';
  reasons: Array<RequirementReason>;
  required: Scalars['Boolean']['output'];
};

export type MonthlyReport = {
  __typename?: 'MonthlyReport';
  districtId?: Maybe<Scalars['ID']['output']>;
  level: ReportLevel;
  month: Scalars['String']['output'];
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  rows: Array<ReportRow>;
  title: Scalars['String']['output'];
  totals: ReportFigures;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Mark an alert visible to you as seen (idempotent: the first acknowledgement is kept). */
  acknowledgeAlert: AcknowledgeAlertResult;
  /** Acknowledge many alerts at once (all or nothing: any id not visible to you refuses all). */
  acknowledgeAlerts: AcknowledgeAlertsResult;
  /** Art. 14: the site acknowledges a notice. */
  acknowledgeHazardNotice: HazardNoticeResult;
  /** Take control of a camera. A higher priority (city > district > site, per deployment) preempts the holder at once; `reserve` (city center) suspends inactivity expiry until released; `breakReservation` (city center) overrides another reservation. */
  acquireCameraControl: AcquireCameraControlResult;
  /** The project's provider adds a camera. Codes: PROJECT_NOT_FOUND, PROJECT_NOT_APPROVED, PROJECT_CLOSED, INVALID_STREAM_URL, INVALID_ONVIF_ENDPOINT, CREDENTIALS_CONFLICT, ONVIF_REQUIRED, DUPLICATE_SERIAL, INVALID_SERIAL, INVALID_TEXT. */
  addCamera: CameraResult;
  /** Art. 9: plan a shift. */
  addDutyShift: DutyShiftResult;
  /** Change a gateway's districts. Codes: GATEWAY_NOT_FOUND, NO_DISTRICTS, DISTRICT_NOT_FOUND. */
  assignGatewayDistricts: GatewayResult;
  /** Change your own password. Codes: INVALID_CREDENTIALS (current password wrong), PASSWORD_REUSED; password rule codes (PasswordRejected). */
  changePassword: ChangePasswordResult;
  /** Art. 15: construction completed. */
  completeConstruction: ProjectLifecycleResult;
  /** After login answered PasswordChangeRequired: set the new password and get a session. Codes: INVALID_CHANGE_TOKEN, PASSWORD_REUSED (InvalidCredentials); PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_CONTAINS_USERNAME, PASSWORD_TOO_COMMON (PasswordRejected). */
  completePasswordChange: CompletePasswordChangeResult;
  /** Art. 15: the provider has removed the equipment; every camera is decommissioned and the 24-hour recording of it ends. Footage already recorded is kept for its retention period; evidence held for notices, orders, faults and exports is never deleted. */
  confirmEquipmentRemoval: ProjectLifecycleResult;
  /** Create an account (password change forced at first login). Codes: INVALID_USERNAME, DUPLICATE_USERNAME, INVALID_TEXT, ROLE_NOT_MANAGEABLE, DISTRICT_NOT_FOUND, PROJECT_NOT_FOUND, PROJECT_REQUIRED, ORGANIZATION_NOT_FOUND, ORGANIZATION_NOT_PARTY, ORGANIZATION_KIND_MISMATCH, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_CONTAINS_USERNAME, PASSWORD_TOO_COMMON. */
  createAccount: AccountResult;
  /** Create a scoped integration token (never wider than your own scope). */
  createApiToken: CreateApiTokenResult;
  /** Register an organization. Codes: INVALID_CREDIT_CODE, DUPLICATE_CREDIT_CODE, DUPLICATE_NAME, INVALID_NAME, QUALIFICATION_REQUIRED. */
  createOrganization: OrganizationResult;
  /** The district approves (the camera is decommissioned) or rejects a removal. Codes: REMOVAL_NOT_FOUND, NOT_PENDING. */
  decideCameraRemoval: CameraRemovalResult;
  /** The district approves (applies) or rejects a pending attribute change. Codes: CHANGE_REQUEST_NOT_FOUND, NOT_PENDING. */
  decideProjectChange: ProjectResult;
  /** The district approves or rejects a construction unit's registration. Codes: PROJECT_NOT_FOUND, NOT_PENDING. */
  decideProjectRegistration: ProjectResult;
  /** Delete one of your layouts. */
  deleteWallLayout: DeleteWallLayoutResult;
  /** Art. 15: deregister at the supervision authority once the equipment is removed. */
  deregisterProject: ProjectLifecycleResult;
  /** Art. 9: check in to the monitoring room; call again as a heartbeat while on duty. */
  dutyCheckIn: DutyCheckInResult;
  /** Art. 9: leave the room. */
  dutyCheckOut: DutyCheckInResult;
  /** Export a recorded clip (at most an hour) as one MP4, remuxed by the gateway without transcoding; follow it with `subscription clipExport(id)`. The footage is held until the export is reviewed. */
  exportClip: ExportClipResult;
  /** Art. 7: file safety measures; refused (ART7_CONTRACT_REQUIRED) without the monitoring contract. */
  fileSafetyMeasures: ProjectLifecycleResult;
  /** Art. 17: grant the construction permit; refused until required monitoring is set up and online. */
  grantConstructionPermit: ProjectLifecycleResult;
  /** Validate (dryRun, default) or commit an uploaded projects/cameras file. The commit writes the good rows in one transaction and is idempotent (project code, camera serial). Codes: UPLOAD_NOT_FOUND, UNREADABLE_FILE, EMPTY_FILE, TOO_MANY_ROWS. */
  importIntake: ImportIntakeResult;
  /** Art. 14: notify a site of a hazard (rectify) or order it to stop work; pushed live. */
  issueHazardNotice: HazardNoticeResult;
  login: LoginResult;
  /** End this session (and the given refresh token's). */
  logout: LogoutResult;
  /** Go to a position: pan/tilt in [-1, 1], zoom in [0, 1]; omitted axes stay. */
  ptzAbsolute: PtzCommandResult;
  /** Go to a stored preset. */
  ptzGotoPreset: PtzCommandResult;
  /** Continuous move at velocities in [-1, 1]. Repeat it while the button is held: the server stops the camera when no command arrives for the auto-stop time. */
  ptzMove: PtzCommandResult;
  /** Move by a translation: pan/tilt in [-2, 2], zoom in [-1, 1]. */
  ptzRelative: PtzCommandResult;
  /** Store the current position as a preset (a preset of the same name is overwritten). */
  ptzSetPreset: PtzSetPresetResult;
  /** Stop a continuous move. */
  ptzStop: PtzCommandResult;
  /** Art. 6: record the monitoring contract; the fee payer must be the construction unit. */
  recordMonitoringContract: ProjectLifecycleResult;
  /** Art. 17: a project that must be monitored started without a permit → stop-work order + penalty. */
  recordUnpermittedStart: HazardNoticeResult;
  /** Rotate a refresh token; reuse revokes the session. */
  refreshToken: RefreshResult;
  /** Register a gateway with its districts (none is refused; all only with allDistricts). Codes: INVALID_GATEWAY_ID, DUPLICATE_GATEWAY_ID, NO_DISTRICTS, DISTRICT_NOT_FOUND. */
  registerGateway: GatewayCredentialResult;
  /** Art. 7: register the project for remote monitoring; starts the Art. 11 document deadlines. */
  registerMonitoring: ProjectLifecycleResult;
  /** Register a project. A district (or the city) registers it active; a construction unit's registration waits for the district (approvalStatus PENDING). Codes: INVALID_PROJECT_CODE, DUPLICATE_PROJECT_CODE, DISTRICT_NOT_FOUND, ORGANIZATION_NOT_FOUND, ORGANIZATION_KIND_MISMATCH, INVALID_ATTRIBUTE, INVALID_TEXT, NO_ORGANIZATION. */
  registerProject: ProjectResult;
  /** Give up your control lease. */
  releaseCameraControl: ReleaseCameraControlResult;
  /** Art. 14: report the rectification back to the center, with text and attached documents. */
  reportRectification: HazardNoticeResult;
  /** Take a camera off its project. Under construction (or suspended) this records a removal the district must approve (Art. 16); otherwise the camera is decommissioned at once. Codes: CAMERA_NOT_FOUND, CAMERA_DECOMMISSIONED, REMOVAL_PENDING, REASON_REQUIRED. */
  requestCameraRemoval: CameraRemovalResult;
  /** Set a new password for an account you manage: it must be changed at the next login, and all the user's sessions end. Codes: ACCOUNT_NOT_FOUND, password rule codes. */
  resetAccountPassword: AccountResult;
  /** Close the review of a clip export: RELEASED lets retention delete its footage again (unless other evidence holds it), KEPT_AS_EVIDENCE keeps it protected. Audited. Codes: EXPORT_NOT_FOUND, EXPORT_NOT_UNDER_REVIEW. */
  reviewClipExport: ReviewClipExportResult;
  /** Art. 14: accept (close; lifts a stop-work order) or reject (back to open) a rectification. */
  reviewRectification: HazardNoticeResult;
  /** Issue a new credential. The previous one keeps working until the gateway first uses the new one or the grace period (SITEWATCH_GATEWAY_CREDENTIAL_GRACE) ends. Codes: GATEWAY_NOT_FOUND. */
  rotateGatewayCredential: GatewayCredentialResult;
  /** Create or replace (by name) one of your layouts; cameras must be visible to you. */
  saveWallLayout: SaveWallLayoutResult;
  /** Deactivate (ends all the user's sessions at once) or reactivate an account. Codes: ACCOUNT_NOT_FOUND. */
  setAccountActive: AccountResult;
  /** Deactivate (its credentials stop working, viewers go elsewhere) or reactivate a gateway. Codes: GATEWAY_NOT_FOUND. */
  setGatewayActive: GatewayResult;
  /** Set a project's position, e.g. picked on the map; given in `coordinateSystem` (the map's, see MapConfig) and stored as WGS-84. */
  setProjectLocation: SetProjectLocationResult;
  /** A ticket for the recorded frame of a camera at `at` (the gateway serves recorded snapshots against nothing else). Written to the Art. 10 access log. Codes: CAMERA_NOT_FOUND, INVALID_RANGE, GATEWAY_UNAVAILABLE. */
  snapshotAt: SnapshotAtResult;
  /** Permitted → under construction. */
  startConstruction: ProjectLifecycleResult;
  /** A short-lived ticket and WHEP URL to watch a camera live in the browser. */
  startLiveView: StartLiveViewResult;
  /** Play back a camera's recording from `at`: an HLS playlist on the gateway holding the files and a short-lived ticket scoped to that camera and a window around `at`. Written to the access log. */
  startPlayback: StartPlaybackResult;
  /** Test connection through the district's gateway: RTSP DESCRIBE + first keyframe (codec, profile, resolution, fps, B-frames, snapshot) and ONVIF GetCapabilities (PTZ, presets). Codes: CAMERA_UNREACHABLE, CAMERA_AUTH_FAILED, NO_VIDEO (CameraUnreachable); GATEWAY_UNAVAILABLE, PROJECT_NOT_FOUND, CAMERA_NOT_FOUND, INVALID_STREAM_URL, INVALID_ONVIF_ENDPOINT, CREDENTIALS_UNAVAILABLE (IntakeError). */
  testCameraConnection: TestCameraConnectionResult;
  /** Edit a camera (all fields; passwords kept when omitted). Codes: as addCamera, CAMERA_NOT_FOUND. */
  updateCamera: CameraResult;
  /** Update an organization (its kind stays). Codes as createOrganization, ORGANIZATION_NOT_FOUND. */
  updateOrganization: OrganizationResult;
  /** Change a project's name, address, Art. 5 attributes or parties (audited). A change by a construction unit that takes the project out of mandatory monitoring is returned as a pending changeRequest for the district. Codes: PROJECT_NOT_FOUND, INVALID_ATTRIBUTE, INVALID_TEXT, ORGANIZATION_NOT_FOUND, ORGANIZATION_KIND_MISMATCH, CHANGE_PENDING, CONSTRUCTION_UNIT_FIXED. */
  updateProject: ProjectResult;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcknowledgeAlertsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationAcknowledgeHazardNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcquireCameraControlArgs = {
  breakReservation?: Scalars['Boolean']['input'];
  cameraId: Scalars['ID']['input'];
  reserve?: Scalars['Boolean']['input'];
};


export type MutationAddCameraArgs = {
  input: CameraInput;
  projectId: Scalars['ID']['input'];
};


export type MutationAddDutyShiftArgs = {
  input: AddDutyShiftInput;
};


export type MutationAssignGatewayDistrictsArgs = {
  allDistricts?: Scalars['Boolean']['input'];
  districtIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCompleteConstructionArgs = {
  input: ProjectActionInput;
};


export type MutationCompletePasswordChangeArgs = {
  changeToken: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmEquipmentRemovalArgs = {
  input: ProjectActionInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateApiTokenArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  operations: Array<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateOrganizationArgs = {
  input: OrganizationInput;
};


export type MutationDecideCameraRemovalArgs = {
  approve: Scalars['Boolean']['input'];
  note?: Scalars['String']['input'];
  removalId: Scalars['ID']['input'];
};


export type MutationDecideProjectChangeArgs = {
  approve: Scalars['Boolean']['input'];
  reason?: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationDecideProjectRegistrationArgs = {
  approve: Scalars['Boolean']['input'];
  projectId: Scalars['ID']['input'];
  reason?: Scalars['String']['input'];
};


export type MutationDeleteWallLayoutArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeregisterProjectArgs = {
  input: ProjectActionInput;
};


export type MutationDutyCheckInArgs = {
  projectId: Scalars['ID']['input'];
};


export type MutationDutyCheckOutArgs = {
  projectId: Scalars['ID']['input'];
};


export type MutationExportClipArgs = {
  cameraId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type MutationFileSafetyMeasuresArgs = {
  input: ProjectActionInput;
};


export type MutationGrantConstructionPermitArgs = {
  input: ProjectActionInput;
};


export type MutationImportIntakeArgs = {
  input: ImportIntakeInput;
};


export type MutationIssueHazardNoticeArgs = {
  input: IssueHazardNoticeInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPtzAbsoluteArgs = {
  cameraId: Scalars['ID']['input'];
  pan?: InputMaybe<Scalars['Float']['input']>;
  tilt?: InputMaybe<Scalars['Float']['input']>;
  zoom?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationPtzGotoPresetArgs = {
  cameraId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
};


export type MutationPtzMoveArgs = {
  cameraId: Scalars['ID']['input'];
  pan: Scalars['Float']['input'];
  tilt: Scalars['Float']['input'];
  zoom?: Scalars['Float']['input'];
};


export type MutationPtzRelativeArgs = {
  cameraId: Scalars['ID']['input'];
  pan?: Scalars['Float']['input'];
  tilt?: Scalars['Float']['input'];
  zoom?: Scalars['Float']['input'];
};


export type MutationPtzSetPresetArgs = {
  cameraId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationPtzStopArgs = {
  cameraId: Scalars['ID']['input'];
};


export type MutationRecordMonitoringContractArgs = {
  input: RecordMonitoringContractInput;
};


export type MutationRecordUnpermittedStartArgs = {
  input: RecordUnpermittedStartInput;
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterGatewayArgs = {
  input: RegisterGatewayInput;
};


export type MutationRegisterMonitoringArgs = {
  input: ProjectActionInput;
};


export type MutationRegisterProjectArgs = {
  input: RegisterProjectInput;
};


export type MutationReleaseCameraControlArgs = {
  cameraId: Scalars['ID']['input'];
};


export type MutationReportRectificationArgs = {
  input: ReportRectificationInput;
};


export type MutationRequestCameraRemovalArgs = {
  cameraId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResetAccountPasswordArgs = {
  newPassword: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationReviewClipExportArgs = {
  decision: ClipExportReview;
  id: Scalars['ID']['input'];
};


export type MutationReviewRectificationArgs = {
  input: ReviewRectificationInput;
};


export type MutationRotateGatewayCredentialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveWallLayoutArgs = {
  input: SaveWallLayoutInput;
};


export type MutationSetAccountActiveArgs = {
  active: Scalars['Boolean']['input'];
  reason?: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetGatewayActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetProjectLocationArgs = {
  coordinateSystem?: CoordinateSystem;
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationSnapshotAtArgs = {
  at: Scalars['DateTime']['input'];
  cameraId: Scalars['ID']['input'];
};


export type MutationStartConstructionArgs = {
  input: ProjectActionInput;
};


export type MutationStartLiveViewArgs = {
  cameraId: Scalars['ID']['input'];
  quality?: StreamQuality;
};


export type MutationStartPlaybackArgs = {
  at: Scalars['DateTime']['input'];
  cameraId: Scalars['ID']['input'];
};


export type MutationTestCameraConnectionArgs = {
  input: TestCameraConnectionInput;
};


export type MutationUpdateCameraArgs = {
  id: Scalars['ID']['input'];
  input: CameraInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: OrganizationInput;
};


export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProjectInput;
};

/** An object with an opaque global id, resolvable with `node(id:)`. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type NotController = UserError & {
  __typename?: 'NotController';
  code: Scalars['String']['output'];
  /** Who holds the camera instead, if anyone. */
  holder?: Maybe<ControlHolder>;
  message: Scalars['String']['output'];
  until?: Maybe<Scalars['DateTime']['output']>;
};

export type NothingRecorded = UserError & {
  __typename?: 'NothingRecorded';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Organization = Node & {
  __typename?: 'Organization';
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  /** 统一社会信用代码 (GB 32100-2015). */
  creditCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  /** Art. 6: the qualification has expired; the provider cannot take new monitoring contracts. */
  qualificationExpired: Scalars['Boolean']['output'];
  qualificationExpiresOn?: Maybe<Scalars['Date']['output']>;
  qualificationLevel: Scalars['String']['output'];
  qualificationNumber: Scalars['String']['output'];
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationInput = {
  contactName?: Scalars['String']['input'];
  contactPhone?: Scalars['String']['input'];
  creditCode: Scalars['String']['input'];
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  qualificationExpiresOn?: InputMaybe<Scalars['Date']['input']>;
  qualificationLevel?: Scalars['String']['input'];
  qualificationNumber?: Scalars['String']['input'];
};

export type OrganizationKind =
  | 'CONSTRUCTION_UNIT'
  | 'CONTRACTOR'
  | 'PROVIDER'
  | 'SUPERVISOR';

export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  organization: Organization;
};

export type OrganizationResult = IntakeError | OrganizationPayload;

export type Overview = {
  __typename?: 'Overview';
  cameraCount: Scalars['Int']['output'];
  camerasOffline: Scalars['Int']['output'];
  camerasOnline: Scalars['Int']['output'];
  districtCount: Scalars['Int']['output'];
  projectCount: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Right password, but it must be changed first (new or reset account): call completePasswordChange. */
export type PasswordChangeRequired = UserError & {
  __typename?: 'PasswordChangeRequired';
  /** Valid for 10 minutes, for completePasswordChange only. */
  changeToken: Scalars['String']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PasswordChanged = {
  __typename?: 'PasswordChanged';
  ok: Scalars['Boolean']['output'];
};

/** The new password breaks a rule; `field` names the input. */
export type PasswordRejected = UserError & {
  __typename?: 'PasswordRejected';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** A penalty for an unmonitored start (Art. 17). */
export type PenaltyRecord = {
  __typename?: 'PenaltyRecord';
  amountCny: Scalars['Float']['output'];
  article: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
};

export type PlaybackSession = {
  __typename?: 'PlaybackSession';
  expiresAt: Scalars['DateTime']['output'];
  /** Start of the window the ticket covers. */
  from: Scalars['DateTime']['output'];
  /** HLS playlist (fMP4, EXT-X-PROGRAM-DATE-TIME) of the ticket's window; send the ticket as `Authorization: Bearer <ticket>` with every request (never in the URL). */
  playlistUrl: Scalars['String']['output'];
  /** The gateway's recorded-snapshot endpoint of this camera. It takes only snapshot tickets: ask `snapshotAt` for one (each snapshot is written to the access log). */
  snapshotUrl: Scalars['String']['output'];
  ticket: Scalars['String']['output'];
  /** End of the window the ticket covers. */
  to: Scalars['DateTime']['output'];
};

export type Project = Node & {
  __typename?: 'Project';
  address: Scalars['String']['output'];
  /** PENDING while a construction unit's registration waits for the district. */
  approvalStatus: ApprovalStatus;
  cameras: Array<Camera>;
  code: Scalars['String']['output'];
  /** 建设单位: the owner, who commissions and pays for monitoring (Art. 6). */
  constructionUnit?: Maybe<Organization>;
  /** 施工总承包单位: the general contractor. */
  contractor?: Maybe<Organization>;
  district: District;
  /** Article 10 documents; empty for roles that may not browse them. */
  documents: Array<Document>;
  governmentInvested: Scalars['Boolean']['output'];
  groupBuildingAreaM2: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  infrastructureKind: InfrastructureKind;
  investmentCny: Scalars['Float']['output'];
  /** WGS-84 latitude of the site, if known. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** WGS-84 longitude of the site, if known. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Article 5: whether remote monitoring is mandatory for this project. */
  monitoringRequired: Scalars['Boolean']['output'];
  /** Article 5: the decision and every clause that applies. */
  monitoringRequirement: MonitoringRequirement;
  name: Scalars['String']['output'];
  /** Attribute changes waiting for the district's approval (Art. 5). */
  pendingChangeRequests: Array<ProjectChangeRequest>;
  /** 监控服务单位: installs and maintains the cameras (Art. 12, 16). */
  provider?: Maybe<Organization>;
  singleBuildingAreaM2: Scalars['Float']['output'];
  status: ProjectStatus;
  /** 监理单位: runs the site monitoring room (Art. 9). */
  supervisor?: Maybe<Organization>;
  /** What you may do on this project, decided by the server's policy (the SPA shows controls from this instead of mirroring the policy). */
  viewerCan: ProjectActions;
  /** Whether you decide this project's registration and its pending attribute changes (APPROVE_PROJECT in this project's scope). */
  viewerCanApprove: Scalars['Boolean']['output'];
  /** Whether you may add, edit, test and remove cameras here (MANAGE_CAMERAS in this project's scope). */
  viewerCanManageCameras: Scalars['Boolean']['output'];
  /** Whether you may change this project's name, address, Art. 5 attributes and parties (UPDATE_PROJECT in this project's scope). */
  viewerCanUpdate: Scalars['Boolean']['output'];
  wholeBuildingRelocation: Scalars['Boolean']['output'];
};

export type ProjectActionInput = {
  note?: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

/** Per-project permissions of the caller. */
export type ProjectActions = {
  __typename?: 'ProjectActions';
  exportClips: Scalars['Boolean']['output'];
  issueHazards: Scalars['Boolean']['output'];
  manageDuty: Scalars['Boolean']['output'];
  respondHazards: Scalars['Boolean']['output'];
  reviewExports: Scalars['Boolean']['output'];
  reviewHazards: Scalars['Boolean']['output'];
  uploadDocuments: Scalars['Boolean']['output'];
  viewAccessLog: Scalars['Boolean']['output'];
  viewDocuments: Scalars['Boolean']['output'];
  viewDuty: Scalars['Boolean']['output'];
  viewFaults: Scalars['Boolean']['output'];
  viewHazards: Scalars['Boolean']['output'];
};

/** The six Art. 5 attributes of a project. */
export type ProjectAttributeValues = {
  __typename?: 'ProjectAttributeValues';
  governmentInvested: Scalars['Boolean']['output'];
  groupBuildingAreaM2: Scalars['Float']['output'];
  infrastructureKind: InfrastructureKind;
  investmentCny: Scalars['Float']['output'];
  singleBuildingAreaM2: Scalars['Float']['output'];
  wholeBuildingRelocation: Scalars['Boolean']['output'];
};

export type ProjectAttributesInput = {
  governmentInvested?: Scalars['Boolean']['input'];
  groupBuildingAreaM2?: Scalars['Float']['input'];
  infrastructureKind?: InfrastructureKind;
  investmentCny?: Scalars['Float']['input'];
  singleBuildingAreaM2?: Scalars['Float']['input'];
  wholeBuildingRelocation?: Scalars['Boolean']['input'];
};

export type ProjectChangeRequest = Node & {
  __typename?: 'ProjectChangeRequest';
  /** The project's Art. 5 attributes as they would be with the requested values. */
  attributesAfter: ProjectAttributeValues;
  /** Which attributes the request changes, by their GraphQL names (investmentCny, …). */
  changedAttributes: Array<Scalars['String']['output']>;
  /** The requested attribute values, as a JSON object (snake_case keys). */
  changes: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Art. 5: the decision the project would get with the requested values. */
  monitoringRequirementAfter: MonitoringRequirement;
  project: Project;
  reason: Scalars['String']['output'];
  requestedBy?: Maybe<User>;
  status: ApprovalStatus;
};

export type ProjectChangeRequestConnection = {
  __typename?: 'ProjectChangeRequestConnection';
  edges: Array<ProjectChangeRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectChangeRequestEdge = {
  __typename?: 'ProjectChangeRequestEdge';
  cursor: Scalars['String']['output'];
  node: ProjectChangeRequest;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectLifecycle = {
  __typename?: 'ProjectLifecycle';
  /** Accepted transitions, oldest first. */
  history: Array<LifecycleTransition>;
  /** The current monitoring contract (Art. 6), if recorded. */
  monitoringContract?: Maybe<MonitoringContract>;
  /** Every user action with whether *you* may take it now, with the refusal reason. */
  nextActions: Array<LifecycleActionCheck>;
  penalties: Array<PenaltyRecord>;
  project: Project;
  status: ProjectStatus;
};

export type ProjectLifecyclePayload = {
  __typename?: 'ProjectLifecyclePayload';
  lifecycle: ProjectLifecycle;
};

export type ProjectLifecycleResult = LifecycleRefused | ProjectLifecyclePayload | ProjectNotFound;

export type ProjectLocationError = UserError & {
  __typename?: 'ProjectLocationError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ProjectLocationSet = {
  __typename?: 'ProjectLocationSet';
  project: Project;
};

export type ProjectNotFound = UserError & {
  __typename?: 'ProjectNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ProjectPayload = {
  __typename?: 'ProjectPayload';
  /** Set when the change drops mandatory monitoring and waits for the district (Art. 5). */
  changeRequest?: Maybe<ProjectChangeRequest>;
  project: Project;
};

export type ProjectResult = IntakeError | ProjectPayload;

/** What the map and the inspector's start page show per project. */
export type ProjectState = {
  __typename?: 'ProjectState';
  cameraCount: Scalars['Int']['output'];
  distanceMeters?: Maybe<Scalars['Float']['output']>;
  /** Art. 10 categories with no document yet. */
  missingDocuments: Scalars['Int']['output'];
  offlineCameras: Scalars['Int']['output'];
  openHazards: Scalars['Int']['output'];
  openStopWorkOrders: Scalars['Int']['output'];
  /** Art. 11 categories past their deadline. */
  overdueDocuments: Scalars['Int']['output'];
  /** In the map's coordinate system (see MapConfig.coordinateSystem); null when unknown. */
  position?: Maybe<LatLng>;
  project: Project;
  /** An open stop-work order, or the project is suspended. */
  stopWork: Scalars['Boolean']['output'];
};

export type ProjectStatus =
  | 'COMPLETED'
  | 'CONTRACT_RECORDED'
  | 'DEREGISTERED'
  | 'DRAFT'
  | 'EQUIPMENT_REMOVED'
  | 'MONITORING_REGISTERED'
  | 'PERMITTED'
  | 'SAFETY_FILED'
  | 'SUSPENDED'
  | 'UNDER_CONSTRUCTION';

export type PtzCommandAccepted = {
  __typename?: 'PtzCommandAccepted';
  /** Your lease, extended by this command. */
  lease: CameraControlLease;
};

export type PtzCommandResult = CameraNotFound | ControlContended | InvalidPtzInput | NotController | PtzCommandAccepted | PtzDeviceError | PtzNotSupported | PtzPresetNotFound;

export type PtzDeviceError = UserError & {
  __typename?: 'PtzDeviceError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PtzNotSupported = UserError & {
  __typename?: 'PtzNotSupported';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Pan/tilt in ONVIF generic space (-1..1, tilt up positive), zoom 0 (wide)..1. */
export type PtzPosition = {
  __typename?: 'PtzPosition';
  moving: Scalars['Boolean']['output'];
  pan: Scalars['Float']['output'];
  tilt: Scalars['Float']['output'];
  zoom: Scalars['Float']['output'];
};

export type PtzPreset = {
  __typename?: 'PtzPreset';
  name: Scalars['String']['output'];
  token: Scalars['String']['output'];
};

export type PtzPresetList = {
  __typename?: 'PtzPresetList';
  lease: CameraControlLease;
  position?: Maybe<PtzPosition>;
  presets: Array<PtzPreset>;
};

export type PtzPresetNotFound = UserError & {
  __typename?: 'PtzPresetNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PtzPresetSaved = {
  __typename?: 'PtzPresetSaved';
  lease: CameraControlLease;
  preset: PtzPreset;
};

export type PtzPresetsResult = CameraNotFound | ControlContended | NotController | PtzDeviceError | PtzNotSupported | PtzPresetList;

export type PtzSetPresetResult = CameraNotFound | ControlContended | InvalidPtzInput | NotController | PtzDeviceError | PtzNotSupported | PtzPresetSaved;

export type Query = {
  __typename?: 'Query';
  /** The accounts you manage: the city its district and site accounts, a district its site accounts. */
  accounts: UserConnection;
  /** The administration pages and create actions open to you (per-object rights are on the objects). */
  adminAccess: AdminAccess;
  /** Alerts visible to you, newest first. */
  alerts: AlertConnection;
  /** Audit trail, newest first; a district center sees its district's events. */
  auditEvents: AuditEventConnection;
  /** Null when missing or out of scope. */
  camera?: Maybe<Camera>;
  /** The live control lease of a camera; null when nobody controls it (or it is not in scope). */
  cameraControlLease?: Maybe<CameraControlLease>;
  /** Camera removal requests in your scope (default: those waiting for the district). */
  cameraRemovals: CameraRemovalConnection;
  city: City;
  /** A clip export and its progress; null when missing or outside your scope. */
  clipExport?: Maybe<ClipExport>;
  /** The newest clip exports of a camera (at most 50) with their review state; null when the camera is missing or outside your scope. */
  clipExports?: Maybe<Array<ClipExport>>;
  district?: Maybe<District>;
  /** Districts in your scope. */
  districts: Array<District>;
  /** One document; opening it is written to the Art. 10 access log. Null when missing or out of scope. */
  document?: Maybe<Document>;
  /** Art. 10 confidentiality log (city center): every document view, download and upload and every footage playback, recorded snapshot, clip export and export download, newest first. */
  documentAccessLog: DocumentAccessEntryConnection;
  /** Art. 11: per category, whether the project's documents are complete, missing or overdue. */
  documentCompleteness?: Maybe<Array<CategoryCompleteness>>;
  /** The project's monitoring-room roster (Art. 9). */
  dutyRoster?: Maybe<DutyRoster>;
  /** Camera fault tickets in your scope (Art. 16). */
  faultTickets: FaultTicketConnection;
  /** Registered media gateways. */
  gateways: Array<MediaGateway>;
  /** Null when missing or out of scope. */
  hazardNotice?: Maybe<HazardNotice>;
  /** Hazard notices and stop-work orders in your scope (Art. 14), newest first. */
  hazardNotices: HazardNoticeConnection;
  /** The map's tile source (from SITEWATCH_MAP_TILE_URL) and the districts in your scope. */
  mapConfig: MapConfig;
  /** The logged-in user. */
  me: User;
  /** Article 5: would a project with these attributes have to be monitored, and why. */
  monitoringRequirement: MonitoringRequirement;
  /** Art. 6–17 monthly figures (month `YYYY-MM`, local time): the city by district, a district by project, or one project. Null when the district or project is missing or out of scope. */
  monthlyReport?: Maybe<MonthlyReport>;
  /** Any object by global id; null when missing or out of scope. */
  node?: Maybe<Node>;
  organization?: Maybe<Organization>;
  /** The city-wide register of organizations (parties to projects). */
  organizations: OrganizationConnection;
  /** Counts over your scope. */
  overview: Overview;
  /** Null when missing or out of scope. */
  project?: Maybe<Project>;
  /** Attribute changes in your scope (default: those waiting for the district, Art. 5). */
  projectChangeRequests: ProjectChangeRequestConnection;
  /** A project's lifecycle (Art. 6, 7, 15, 17): contract, history, penalties, next actions. */
  projectLifecycle?: Maybe<ProjectLifecycle>;
  /** Projects in your scope with their open hazards, offline cameras and documents; nearest first when `near` (WGS-84, e.g. the phone's GPS) is given. */
  projectStates: Array<ProjectState>;
  /** Projects in your scope, by id. */
  projects: ProjectConnection;
  /** The camera's presets and position; needs your live lease (it extends it). */
  ptzPresets: PtzPresetsResult;
  /** Recorded spans, gaps (with causes) and event markers (alerts, hazard notices, control take-overs) of a camera between `from` and `to` (at most 7 days). Null when the camera is missing or outside your scope. */
  recordingTimeline?: Maybe<RecordingTimeline>;
  /** Your saved video-wall layouts (the default first). */
  wallLayouts: Array<WallLayout>;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  severities?: InputMaybe<Array<Scalars['String']['input']>>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  unacknowledgedOnly?: Scalars['Boolean']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCameraArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCameraControlLeaseArgs = {
  cameraId: Scalars['ID']['input'];
};


export type QueryCameraRemovalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CameraRemovalStatus>;
};


export type QueryClipExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClipExportsArgs = {
  cameraId: Scalars['ID']['input'];
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDocumentCompletenessArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryDutyRosterArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryFaultTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  openOnly?: Scalars['Boolean']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHazardNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHazardNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<HazardStatus>;
};


export type QueryMonitoringRequirementArgs = {
  input: ProjectAttributesInput;
};


export type QueryMonthlyReportArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  month: Scalars['String']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectChangeRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApprovalStatus>;
};


export type QueryProjectLifecycleArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryProjectStatesArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  near?: InputMaybe<LatLngInput>;
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  approvalStatus?: InputMaybe<ApprovalStatus>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPtzPresetsArgs = {
  cameraId: Scalars['ID']['input'];
};


export type QueryRecordingTimelineArgs = {
  cameraId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type RateLimited = UserError & {
  __typename?: 'RateLimited';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  retryAfterSeconds: Scalars['Int']['output'];
};

export type RecordMonitoringContractInput = {
  contractNumber?: Scalars['String']['input'];
  feePayer: FeePayer;
  projectId: Scalars['ID']['input'];
  providerName: Scalars['String']['input'];
  qualificationNumber: Scalars['String']['input'];
};

export type RecordUnpermittedStartInput = {
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  note?: Scalars['String']['input'];
  penaltyCny?: Scalars['Float']['input'];
  projectId: Scalars['ID']['input'];
};

/** A ticket for one recorded frame (GET `url` with `Authorization: Bearer <ticket>`). */
export type RecordedSnapshotTicket = {
  __typename?: 'RecordedSnapshotTicket';
  at: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  ticket: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type RecordingGapCause =
  | 'CAMERA_OFFLINE'
  | 'DISK_FULL'
  | 'GATEWAY_DOWN'
  | 'RECORDER_ERROR';

/** A stretch without recording while the camera should have been recorded. */
export type RecordingGapEntry = {
  __typename?: 'RecordingGapEntry';
  cause: RecordingGapCause;
  /** Null while the gap lasts. */
  end?: Maybe<Scalars['DateTime']['output']>;
  start: Scalars['DateTime']['output'];
};

export type RecordingRangeInvalid = UserError & {
  __typename?: 'RecordingRangeInvalid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A stretch of continuous recording. */
export type RecordingSpan = {
  __typename?: 'RecordingSpan';
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
};

/** Recorded spans, gaps with their causes and event markers of one camera in a window. */
export type RecordingTimeline = {
  __typename?: 'RecordingTimeline';
  cameraId: Scalars['ID']['output'];
  events: Array<TimelineEvent>;
  from: Scalars['DateTime']['output'];
  gaps: Array<RecordingGapEntry>;
  spans: Array<RecordingSpan>;
  to: Scalars['DateTime']['output'];
};

export type RefreshResult = InvalidRefreshToken | RefreshSuccess;

export type RefreshSuccess = {
  __typename?: 'RefreshSuccess';
  accessToken: Scalars['String']['output'];
  expiresIn: Scalars['Int']['output'];
  refreshToken: Scalars['String']['output'];
};

export type RegisterGatewayInput = {
  allDistricts?: Scalars['Boolean']['input'];
  districtIds: Array<Scalars['ID']['input']>;
  /** The id the gateway runs with (SITEWATCH_GATEWAY_ID). */
  gatewayId: Scalars['String']['input'];
  name?: Scalars['String']['input'];
  publicUrl?: Scalars['String']['input'];
};

export type RegisterProjectInput = {
  address?: Scalars['String']['input'];
  attributes?: ProjectAttributesInput;
  code: Scalars['String']['input'];
  constructionUnitId?: InputMaybe<Scalars['ID']['input']>;
  contractorId?: InputMaybe<Scalars['ID']['input']>;
  districtId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  providerId?: InputMaybe<Scalars['ID']['input']>;
  supervisorId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReleaseCameraControlResult = CameraControlReleased | CameraNotFound | ControlContended | NotController;

/** One row's figures; rates are 0–1, null when undefined. */
export type ReportFigures = {
  __typename?: 'ReportFigures';
  cameraCount: Scalars['Int']['output'];
  cameraOnlineRate?: Maybe<Scalars['Float']['output']>;
  documentCompleteness?: Maybe<Scalars['Float']['output']>;
  documentsPresent: Scalars['Int']['output'];
  documentsRequired: Scalars['Int']['output'];
  /** Art. 16: downtime after a fault's 24-hour repair deadline had passed. */
  downtimeBeyondDeadlineHours: Scalars['Float']['output'];
  downtimeHours: Scalars['Float']['output'];
  dutyCoverage?: Maybe<Scalars['Float']['output']>;
  dutyCoveredHours: Scalars['Float']['output'];
  dutyPlannedHours: Scalars['Float']['output'];
  faultsBreached: Scalars['Int']['output'];
  faultsClosed: Scalars['Int']['output'];
  faultsClosedWithin24h: Scalars['Int']['output'];
  faultsOpened: Scalars['Int']['output'];
  hazardNoticesClosed: Scalars['Int']['output'];
  hazardNoticesOpened: Scalars['Int']['output'];
  hazardNoticesOverdue: Scalars['Int']['output'];
  projectCount: Scalars['Int']['output'];
  projectsDocumentsComplete: Scalars['Int']['output'];
  stages: Array<StageCount>;
  stopWorkClosed: Scalars['Int']['output'];
  stopWorkOpened: Scalars['Int']['output'];
  stopWorkOverdue: Scalars['Int']['output'];
};

export type ReportLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'PROJECT';

export type ReportRectificationInput = {
  attachmentIds?: Array<Scalars['ID']['input']>;
  noticeId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type ReportRow = {
  __typename?: 'ReportRow';
  code: Scalars['String']['output'];
  figures: ReportFigures;
  /** The district's or project's id, for the drill-down. */
  key: Scalars['ID']['output'];
  level: ReportLevel;
  name: Scalars['String']['output'];
};

export type RequirementReason = {
  __typename?: 'RequirementReason';
  article: Scalars['String']['output'];
  clause: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type ReservationNotAllowed = UserError & {
  __typename?: 'ReservationNotAllowed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ReviewClipExportResult = ClipExportNotFound | ClipExportNotUnderReview | ClipExportPayload;

export type ReviewRectificationInput = {
  accept: Scalars['Boolean']['input'];
  comment?: Scalars['String']['input'];
  noticeId: Scalars['ID']['input'];
};

export type Role =
  | 'CITY_CENTER'
  | 'CONSTRUCTION_UNIT'
  | 'CONTRACTOR'
  | 'DISTRICT_CENTER'
  | 'INSPECTOR'
  | 'INTEGRATION'
  | 'PROVIDER'
  | 'SUPERVISOR';

export type SaveWallLayoutInput = {
  cameraIds: Array<InputMaybe<Scalars['ID']['input']>>;
  isDefault?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  split: Scalars['String']['input'];
};

export type SaveWallLayoutResult = WallLayoutError | WallLayoutSaved;

export type SetProjectLocationResult = ProjectLocationError | ProjectLocationSet;

export type SnapshotAtResult = CameraNotFound | GatewayUnavailable | RecordedSnapshotTicket | RecordingRangeInvalid;

export type StageCount = {
  __typename?: 'StageCount';
  count: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type StartLiveViewResult = CameraNotFound | CameraUnavailable | GatewayUnavailable | LiveViewSession;

export type StartPlaybackResult = CameraNotFound | GatewayUnavailable | PlaybackSession | RecordingRangeInvalid;

export type StreamQuality =
  | 'MAIN'
  | 'SUB';

export type Subscription = {
  __typename?: 'Subscription';
  /** Alerts visible to you, live, from now on. With `since` (an alert cursor) the alerts after it come first. Nothing is lost or repeated across reconnects that pass the last cursor. */
  alerts: Alert;
  /** Who controls a camera, live: first a STATE event, then ACQUIRED / PREEMPTED / RELEASED / EXPIRED as they happen (through the event bus, so across backend instances). */
  cameraControl: CameraControlEvent;
  /** Status changes (online, offline, no video) of cameras in your scope, as the media gateways report them; optionally of one project only. When changes may have been missed (the event bus was unreachable), the current status of every such camera is sent again with `previous` null. */
  cameraStatus: CameraStatusChange;
  /** Progress of one clip export: its current state at once, then every change until it is DONE or FAILED. Ends at once when the export is missing or outside your scope. */
  clipExport: ClipExport;
};


export type SubscriptionAlertsArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionCameraControlArgs = {
  cameraId: Scalars['ID']['input'];
};


export type SubscriptionCameraStatusArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionClipExportArgs = {
  id: Scalars['ID']['input'];
};

/** Test a camera through the district's gateway: a saved camera (cameraId; fields given here override the stored ones, stored passwords are used when omitted) or unsaved form values (projectId). */
export type TestCameraConnectionInput = {
  cameraId?: InputMaybe<Scalars['ID']['input']>;
  mainStreamUrl?: InputMaybe<Scalars['String']['input']>;
  onvifEndpoint?: InputMaybe<Scalars['String']['input']>;
  onvifPassword?: InputMaybe<Scalars['String']['input']>;
  onvifUsername?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  rtspPassword?: InputMaybe<Scalars['String']['input']>;
  rtspUsername?: InputMaybe<Scalars['String']['input']>;
};

export type TestCameraConnectionResult = CameraProbeResult | CameraUnreachable | IntakeError;

/** Something that happened at a camera: step to it on the timeline. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  at: Scalars['DateTime']['output'];
  kind: TimelineEventKind;
  /** Database id of the alert, notice or audit entry. */
  objectId: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type TimelineEventKind =
  | 'ALERT'
  | 'CONTROL_TAKEOVER'
  | 'HAZARD_NOTICE'
  | 'STOP_WORK_ORDER';

export type TooManyAlerts = UserError & {
  __typename?: 'TooManyAlerts';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type UpdateProjectInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  attributes?: InputMaybe<ProjectAttributesInput>;
  constructionUnitId?: InputMaybe<Scalars['ID']['input']>;
  contractorId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  supervisorId?: InputMaybe<Scalars['ID']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  displayName: Scalars['String']['output'];
  /** The district the user is scoped to, if any. */
  district?: Maybe<District>;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  /** The next login must set a new password. */
  mustChangePassword: Scalars['Boolean']['output'];
  organization?: Maybe<Organization>;
  /** The project the user is scoped to, if any. */
  project?: Maybe<Project>;
  role: Role;
  username: Scalars['String']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** An expected failure. Clients branch on `code`, never on `message`. */
export type UserError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type WallLayout = {
  __typename?: 'WallLayout';
  /** Camera id per tile (null: empty), one entry per tile of the split. */
  cameraIds: Array<Maybe<Scalars['ID']['output']>>;
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** "1", "4", "6", "9", "16", "1+5" or "1+7". */
  split: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type WallLayoutDeleted = {
  __typename?: 'WallLayoutDeleted';
  id: Scalars['ID']['output'];
};

export type WallLayoutError = UserError & {
  __typename?: 'WallLayoutError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type WallLayoutSaved = {
  __typename?: 'WallLayoutSaved';
  layout: WallLayout;
};

export type ControlLeaseFieldsFragment = { __typename?: 'CameraControlLease', id: string, priority: number, reserved: boolean, expiresAt?: string | null, heldByYou: boolean, holder: { __typename?: 'ControlHolder', id: string, username: string, displayName: string, role: string } };

export type CameraControlEventsSubscriptionVariables = Exact<{
  cameraId: Scalars['ID']['input'];
}>;


export type CameraControlEventsSubscription = { __typename?: 'Subscription', cameraControl: { __typename?: 'CameraControlEvent', kind: CameraControlEventKind, at: string, lease?: { __typename?: 'CameraControlLease', id: string, priority: number, reserved: boolean, expiresAt?: string | null, heldByYou: boolean, holder: { __typename?: 'ControlHolder', id: string, username: string, displayName: string, role: string } } | null, previous?: { __typename?: 'CameraControlLease', id: string, priority: number, reserved: boolean, expiresAt?: string | null, heldByYou: boolean, holder: { __typename?: 'ControlHolder', id: string, username: string, displayName: string, role: string } } | null } };

export type AcquireCameraControlMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  reserve: Scalars['Boolean']['input'];
}>;


export type AcquireCameraControlMutation = { __typename?: 'Mutation', acquireCameraControl:
    | { __typename: 'CameraControlLease', id: string, priority: number, reserved: boolean, expiresAt?: string | null, heldByYou: boolean, holder: { __typename?: 'ControlHolder', id: string, username: string, displayName: string, role: string } }
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'ControlContended', code: string, message: string }
    | { __typename: 'ControlHeld', until?: string | null, code: string, message: string, holder: { __typename?: 'ControlHolder', displayName: string, role: string } }
    | { __typename: 'ControlNotAllowed', code: string, message: string }
    | { __typename: 'PtzNotSupported', code: string, message: string }
    | { __typename: 'ReservationNotAllowed', code: string, message: string }
   };

export type ReleaseCameraControlMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
}>;


export type ReleaseCameraControlMutation = { __typename?: 'Mutation', releaseCameraControl:
    | { __typename: 'CameraControlReleased' }
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'ControlContended', code: string, message: string }
    | { __typename: 'NotController', code: string, message: string }
   };

export type PtzMoveMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  pan: Scalars['Float']['input'];
  tilt: Scalars['Float']['input'];
  zoom: Scalars['Float']['input'];
}>;


export type PtzMoveMutation = { __typename?: 'Mutation', ptzMove:
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'ControlContended', code: string, message: string }
    | { __typename: 'InvalidPtzInput', code: string, message: string }
    | { __typename: 'NotController', code: string, message: string }
    | { __typename: 'PtzCommandAccepted', lease: { __typename?: 'CameraControlLease', id: string, priority: number, reserved: boolean, expiresAt?: string | null, heldByYou: boolean, holder: { __typename?: 'ControlHolder', id: string, username: string, displayName: string, role: string } } }
    | { __typename: 'PtzDeviceError', code: string, message: string }
    | { __typename: 'PtzNotSupported', code: string, message: string }
    | { __typename: 'PtzPresetNotFound', code: string, message: string }
   };

export type PtzStopMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
}>;


export type PtzStopMutation = { __typename?: 'Mutation', ptzStop:
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'ControlContended', code: string, message: string }
    | { __typename: 'InvalidPtzInput', code: string, message: string }
    | { __typename: 'NotController', code: string, message: string }
    | { __typename: 'PtzCommandAccepted' }
    | { __typename: 'PtzDeviceError', code: string, message: string }
    | { __typename: 'PtzNotSupported', code: string, message: string }
    | { __typename: 'PtzPresetNotFound', code: string, message: string }
   };

export type PtzGotoPresetMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
}>;


export type PtzGotoPresetMutation = { __typename?: 'Mutation', ptzGotoPreset:
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'ControlContended', code: string, message: string }
    | { __typename: 'InvalidPtzInput', code: string, message: string }
    | { __typename: 'NotController', code: string, message: string }
    | { __typename: 'PtzCommandAccepted' }
    | { __typename: 'PtzDeviceError', code: string, message: string }
    | { __typename: 'PtzNotSupported', code: string, message: string }
    | { __typename: 'PtzPresetNotFound', code: string, message: string }
   };

export type PtzSetPresetMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type PtzSetPresetMutation = { __typename?: 'Mutation', ptzSetPreset:
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'ControlContended', code: string, message: string }
    | { __typename: 'InvalidPtzInput', code: string, message: string }
    | { __typename: 'NotController', code: string, message: string }
    | { __typename: 'PtzDeviceError', code: string, message: string }
    | { __typename: 'PtzNotSupported', code: string, message: string }
    | { __typename: 'PtzPresetSaved' }
   };

export type PtzPresetsQueryVariables = Exact<{
  cameraId: Scalars['ID']['input'];
}>;


export type PtzPresetsQuery = { __typename?: 'Query', ptzPresets:
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'ControlContended', code: string, message: string }
    | { __typename: 'NotController', code: string, message: string }
    | { __typename: 'PtzDeviceError', code: string, message: string }
    | { __typename: 'PtzNotSupported', code: string, message: string }
    | { __typename: 'PtzPresetList', presets: Array<{ __typename?: 'PtzPreset', token: string, name: string }> }
   };

export type AlertsSubscriptionVariables = Exact<{
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertsSubscription = { __typename?: 'Subscription', alerts: { __typename?: 'Alert', id: string, kind: string, severity: string, title: string, message: string, createdAt: string, acknowledgedAt?: string | null, objectType: string, objectId: string, cursor: string, project?: { __typename?: 'Project', id: string, name: string } | null, camera?: { __typename?: 'Camera', id: string, name: string, location: string, status: CameraStatus, project: { __typename?: 'Project', id: string, name: string } } | null } };

export type CurrentUserFragment = { __typename?: 'User', id: string, username: string, role: Role, displayName: string, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login:
    | { __typename: 'InvalidCredentials', code: string, message: string }
    | { __typename: 'LoginSuccess', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, username: string, role: Role, displayName: string } }
    | { __typename: 'PasswordChangeRequired', code: string, message: string, changeToken: string }
    | { __typename: 'RateLimited', code: string, message: string, retryAfterSeconds: number }
   };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken:
    | { __typename: 'InvalidRefreshToken', code: string, message: string }
    | { __typename: 'RefreshSuccess', accessToken: string, refreshToken: string, expiresIn: number }
   };

export type LogoutMutationVariables = Exact<{
  refreshToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout:
    | { __typename: 'InvalidRefreshToken', code: string, message: string }
    | { __typename: 'LogoutSuccess', ok: boolean }
   };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, role: Role, displayName: string, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null } };

export type CameraStatusChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CameraStatusChangesSubscription = { __typename?: 'Subscription', cameraStatus: { __typename?: 'CameraStatusChange', cameraId: string, status: CameraStatus } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { __typename?: 'Query', overview: { __typename?: 'Overview', districtCount: number, projectCount: number, cameraCount: number, camerasOnline: number, camerasOffline: number } };

export type DashboardProjectsQueryVariables = Exact<{
  districtId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, monitoringRequired: boolean, district: { __typename?: 'District', id: string, name: string, nameEn: string }, cameras: Array<{ __typename?: 'Camera', id: string, status: CameraStatus }> } }> } };

export type ProjectStatesQueryVariables = Exact<{
  near?: InputMaybe<LatLngInput>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProjectStatesQuery = { __typename?: 'Query', projectStates: Array<{ __typename?: 'ProjectState', distanceMeters?: number | null, cameraCount: number, offlineCameras: number, openHazards: number, openStopWorkOrders: number, stopWork: boolean, missingDocuments: number, overdueDocuments: number, position?: { __typename?: 'LatLng', latitude: number, longitude: number } | null, project: { __typename?: 'Project', id: string, code: string, name: string, address: string, status: ProjectStatus, district: { __typename?: 'District', id: string, name: string, nameEn: string }, cameras: Array<{ __typename?: 'Camera', id: string, name: string, status: CameraStatus, ptzCapable: boolean }> } }> };

export type MapConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type MapConfigQuery = { __typename?: 'Query', mapConfig: { __typename?: 'MapConfig', tileUrl?: string | null, tileAttribution: string, coordinateSystem: CoordinateSystem, maxZoom: number, center: { __typename?: 'LatLng', latitude: number, longitude: number }, districts: Array<{ __typename?: 'DistrictArea', south: number, west: number, north: number, east: number, district: { __typename?: 'District', id: string, name: string, nameEn: string }, center: { __typename?: 'LatLng', latitude: number, longitude: number } }> } };

export type SetProjectLocationMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  coordinateSystem: CoordinateSystem;
}>;


export type SetProjectLocationMutation = { __typename?: 'Mutation', setProjectLocation:
    | { __typename: 'ProjectLocationError', code: string, message: string }
    | { __typename: 'ProjectLocationSet', project: { __typename?: 'Project', id: string, latitude?: number | null, longitude?: number | null } }
   };

export type ReportFiguresFieldsFragment = { __typename?: 'ReportFigures', projectCount: number, cameraCount: number, cameraOnlineRate?: number | null, downtimeHours: number, downtimeBeyondDeadlineHours: number, faultsOpened: number, faultsClosed: number, faultsClosedWithin24h: number, faultsBreached: number, hazardNoticesOpened: number, hazardNoticesClosed: number, hazardNoticesOverdue: number, stopWorkOpened: number, stopWorkClosed: number, stopWorkOverdue: number, documentsPresent: number, documentsRequired: number, documentCompleteness?: number | null, projectsDocumentsComplete: number, dutyPlannedHours: number, dutyCoveredHours: number, dutyCoverage?: number | null, stages: Array<{ __typename?: 'StageCount', status: string, count: number }> };

export type MonthlyReportQueryVariables = Exact<{
  month: Scalars['String']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MonthlyReportQuery = { __typename?: 'Query', monthlyReport?: { __typename?: 'MonthlyReport', month: string, level: ReportLevel, title: string, periodStart: string, periodEnd: string, districtId?: string | null, totals: { __typename?: 'ReportFigures', projectCount: number, cameraCount: number, cameraOnlineRate?: number | null, downtimeHours: number, downtimeBeyondDeadlineHours: number, faultsOpened: number, faultsClosed: number, faultsClosedWithin24h: number, faultsBreached: number, hazardNoticesOpened: number, hazardNoticesClosed: number, hazardNoticesOverdue: number, stopWorkOpened: number, stopWorkClosed: number, stopWorkOverdue: number, documentsPresent: number, documentsRequired: number, documentCompleteness?: number | null, projectsDocumentsComplete: number, dutyPlannedHours: number, dutyCoveredHours: number, dutyCoverage?: number | null, stages: Array<{ __typename?: 'StageCount', status: string, count: number }> }, rows: Array<{ __typename?: 'ReportRow', key: string, level: ReportLevel, code: string, name: string, figures: { __typename?: 'ReportFigures', projectCount: number, cameraCount: number, cameraOnlineRate?: number | null, downtimeHours: number, downtimeBeyondDeadlineHours: number, faultsOpened: number, faultsClosed: number, faultsClosedWithin24h: number, faultsBreached: number, hazardNoticesOpened: number, hazardNoticesClosed: number, hazardNoticesOverdue: number, stopWorkOpened: number, stopWorkClosed: number, stopWorkOverdue: number, documentsPresent: number, documentsRequired: number, documentCompleteness?: number | null, projectsDocumentsComplete: number, dutyPlannedHours: number, dutyCoveredHours: number, dutyCoverage?: number | null, stages: Array<{ __typename?: 'StageCount', status: string, count: number }> } }> } | null };

export type WallLayoutsQueryVariables = Exact<{ [key: string]: never; }>;


export type WallLayoutsQuery = { __typename?: 'Query', wallLayouts: Array<{ __typename?: 'WallLayout', id: string, name: string, split: string, cameraIds: Array<string | null>, isDefault: boolean }> };

export type SaveWallLayoutMutationVariables = Exact<{
  input: SaveWallLayoutInput;
}>;


export type SaveWallLayoutMutation = { __typename?: 'Mutation', saveWallLayout:
    | { __typename: 'WallLayoutError', code: string, message: string }
    | { __typename: 'WallLayoutSaved', layout: { __typename?: 'WallLayout', id: string, name: string, split: string, cameraIds: Array<string | null>, isDefault: boolean } }
   };

export type LiveMonitoringRequirementQueryVariables = Exact<{
  input: ProjectAttributesInput;
}>;


export type LiveMonitoringRequirementQuery = { __typename?: 'Query', monitoringRequirement: { __typename?: 'MonitoringRequirement', required: boolean, reasons: Array<{ __typename?: 'RequirementReason', article: string, clause: string, text: string }> } };

export type IntakeErrorFieldsFragment = { __typename?: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null };

export type AdminOrganizationFieldsFragment = { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, creditCode?: string | null, contactName: string, contactPhone: string, qualificationNumber: string, qualificationLevel: string, qualificationExpiresOn?: any | null, qualificationExpired: boolean };

export type AdminOrganizationsQueryVariables = Exact<{
  kind?: InputMaybe<OrganizationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AdminOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, creditCode?: string | null, contactName: string, contactPhone: string, qualificationNumber: string, qualificationLevel: string, qualificationExpiresOn?: any | null, qualificationExpired: boolean } }> } };

type OrganizationResultFields_IntakeError_Fragment = { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null };

type OrganizationResultFields_OrganizationPayload_Fragment = { __typename: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, creditCode?: string | null, contactName: string, contactPhone: string, qualificationNumber: string, qualificationLevel: string, qualificationExpiresOn?: any | null, qualificationExpired: boolean } };

export type OrganizationResultFieldsFragment =
  | OrganizationResultFields_IntakeError_Fragment
  | OrganizationResultFields_OrganizationPayload_Fragment
;

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization:
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
    | { __typename: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, creditCode?: string | null, contactName: string, contactPhone: string, qualificationNumber: string, qualificationLevel: string, qualificationExpiresOn?: any | null, qualificationExpired: boolean } }
   };

export type UpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization:
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
    | { __typename: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, creditCode?: string | null, contactName: string, contactPhone: string, qualificationNumber: string, qualificationLevel: string, qualificationExpiresOn?: any | null, qualificationExpired: boolean } }
   };

export type AdminProjectsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type AdminProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, approvalStatus: ApprovalStatus, monitoringRequired: boolean, district: { __typename?: 'District', id: string, name: string, nameEn: string }, cameras: Array<{ __typename?: 'Camera', id: string }> } }> } };

export type Art5FieldsFragment = { __typename?: 'ProjectAttributeValues', governmentInvested: boolean, singleBuildingAreaM2: number, groupBuildingAreaM2: number, investmentCny: number, infrastructureKind: InfrastructureKind, wholeBuildingRelocation: boolean };

export type ProjectChangeRequestFieldsFragment = { __typename?: 'ProjectChangeRequest', id: string, createdAt: string, changedAttributes: Array<string>, attributesAfter: { __typename?: 'ProjectAttributeValues', governmentInvested: boolean, singleBuildingAreaM2: number, groupBuildingAreaM2: number, investmentCny: number, infrastructureKind: InfrastructureKind, wholeBuildingRelocation: boolean }, monitoringRequirementAfter: { __typename?: 'MonitoringRequirement', required: boolean }, requestedBy?: { __typename?: 'User', displayName: string } | null };

type ProjectResultFields_IntakeError_Fragment = { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null };

type ProjectResultFields_ProjectPayload_Fragment = { __typename: 'ProjectPayload', project: { __typename?: 'Project', id: string, approvalStatus: ApprovalStatus } };

export type ProjectResultFieldsFragment =
  | ProjectResultFields_IntakeError_Fragment
  | ProjectResultFields_ProjectPayload_Fragment
;

export type RegisterProjectMutationVariables = Exact<{
  input: RegisterProjectInput;
}>;


export type RegisterProjectMutation = { __typename?: 'Mutation', registerProject:
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
    | { __typename: 'ProjectPayload', project: { __typename?: 'Project', id: string, approvalStatus: ApprovalStatus } }
   };

export type UpdateProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { __typename?: 'Mutation', updateProject:
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
    | { __typename: 'ProjectPayload', changeRequest?: { __typename?: 'ProjectChangeRequest', id: string } | null, project: { __typename?: 'Project', id: string, approvalStatus: ApprovalStatus } }
   };

export type AdminCameraFieldsFragment = { __typename?: 'Camera', id: string, name: string, serial?: string | null, locationKind: CameraLocationKind, location: string, status: CameraStatus, ptzCapable: boolean, mainStreamUrl?: string | null, subStreamUrl?: string | null, onvifEndpoint?: string | null, rtspUsername?: string | null, onvifUsername?: string | null, rtspPasswordSet: boolean, onvifPasswordSet: boolean, pendingRemoval?: { __typename?: 'CameraRemoval', id: string, status: CameraRemovalStatus, reason: string, createdAt: string } | null };

export type AdminProjectCamerasQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminProjectCamerasQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, name: string, code: string, status: ProjectStatus, viewerCanManageCameras: boolean, cameras: Array<{ __typename?: 'Camera', id: string, name: string, serial?: string | null, locationKind: CameraLocationKind, location: string, status: CameraStatus, ptzCapable: boolean, mainStreamUrl?: string | null, subStreamUrl?: string | null, onvifEndpoint?: string | null, rtspUsername?: string | null, onvifUsername?: string | null, rtspPasswordSet: boolean, onvifPasswordSet: boolean, pendingRemoval?: { __typename?: 'CameraRemoval', id: string, status: CameraRemovalStatus, reason: string, createdAt: string } | null }> } | null };

export type ConnectionTestFieldsFragment = { __typename?: 'CameraProbeResult', codec: string, profile: string, width: number, height: number, fps?: number | null, bFrames?: boolean | null, snapshotDataUrl?: string | null, onvifChecked: boolean, ptzSupported?: boolean | null, presets: Array<string>, warnings: Array<string>, warningMessages: Array<string>, gatewayId: string };

export type TestCameraConnectionMutationVariables = Exact<{
  input: TestCameraConnectionInput;
}>;


export type TestCameraConnectionMutation = { __typename?: 'Mutation', testCameraConnection:
    | { __typename: 'CameraProbeResult', codec: string, profile: string, width: number, height: number, fps?: number | null, bFrames?: boolean | null, snapshotDataUrl?: string | null, onvifChecked: boolean, ptzSupported?: boolean | null, presets: Array<string>, warnings: Array<string>, warningMessages: Array<string>, gatewayId: string }
    | { __typename: 'CameraUnreachable', code: string, message: string, field?: string | null }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

type CameraResultFields_CameraPayload_Fragment = { __typename: 'CameraPayload', camera: { __typename?: 'Camera', id: string, name: string, serial?: string | null, locationKind: CameraLocationKind, location: string, status: CameraStatus, ptzCapable: boolean, mainStreamUrl?: string | null, subStreamUrl?: string | null, onvifEndpoint?: string | null, rtspUsername?: string | null, onvifUsername?: string | null, rtspPasswordSet: boolean, onvifPasswordSet: boolean, pendingRemoval?: { __typename?: 'CameraRemoval', id: string, status: CameraRemovalStatus, reason: string, createdAt: string } | null } };

type CameraResultFields_IntakeError_Fragment = { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null };

export type CameraResultFieldsFragment =
  | CameraResultFields_CameraPayload_Fragment
  | CameraResultFields_IntakeError_Fragment
;

export type AddCameraMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  input: CameraInput;
}>;


export type AddCameraMutation = { __typename?: 'Mutation', addCamera:
    | { __typename: 'CameraPayload', camera: { __typename?: 'Camera', id: string, name: string, serial?: string | null, locationKind: CameraLocationKind, location: string, status: CameraStatus, ptzCapable: boolean, mainStreamUrl?: string | null, subStreamUrl?: string | null, onvifEndpoint?: string | null, rtspUsername?: string | null, onvifUsername?: string | null, rtspPasswordSet: boolean, onvifPasswordSet: boolean, pendingRemoval?: { __typename?: 'CameraRemoval', id: string, status: CameraRemovalStatus, reason: string, createdAt: string } | null } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type UpdateCameraMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CameraInput;
}>;


export type UpdateCameraMutation = { __typename?: 'Mutation', updateCamera:
    | { __typename: 'CameraPayload', camera: { __typename?: 'Camera', id: string, name: string, serial?: string | null, locationKind: CameraLocationKind, location: string, status: CameraStatus, ptzCapable: boolean, mainStreamUrl?: string | null, subStreamUrl?: string | null, onvifEndpoint?: string | null, rtspUsername?: string | null, onvifUsername?: string | null, rtspPasswordSet: boolean, onvifPasswordSet: boolean, pendingRemoval?: { __typename?: 'CameraRemoval', id: string, status: CameraRemovalStatus, reason: string, createdAt: string } | null } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

type CameraRemovalResultFields_CameraRemovalPayload_Fragment = { __typename: 'CameraRemovalPayload', removal: { __typename?: 'CameraRemoval', id: string, status: CameraRemovalStatus } };

type CameraRemovalResultFields_IntakeError_Fragment = { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null };

export type CameraRemovalResultFieldsFragment =
  | CameraRemovalResultFields_CameraRemovalPayload_Fragment
  | CameraRemovalResultFields_IntakeError_Fragment
;

export type RequestCameraRemovalMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RequestCameraRemovalMutation = { __typename?: 'Mutation', requestCameraRemoval:
    | { __typename: 'CameraRemovalPayload', removal: { __typename?: 'CameraRemoval', id: string, status: CameraRemovalStatus } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type DecideCameraRemovalMutationVariables = Exact<{
  removalId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: Scalars['String']['input'];
}>;


export type DecideCameraRemovalMutation = { __typename?: 'Mutation', decideCameraRemoval:
    | { __typename: 'CameraRemovalPayload', removal: { __typename?: 'CameraRemoval', id: string, status: CameraRemovalStatus } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type AdminGatewayFieldsFragment = { __typename?: 'MediaGateway', id: string, gatewayId: string, name: string, publicUrl: string, active: boolean, online: boolean, lastSeenAt?: string | null, credentialRotatedAt?: string | null, previousCredentialValidUntil?: string | null, allDistricts: boolean, districts: Array<{ __typename?: 'District', id: string, name: string, nameEn: string }> };

export type AdminGatewaysQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminGatewaysQuery = { __typename?: 'Query', gateways: Array<{ __typename?: 'MediaGateway', id: string, gatewayId: string, name: string, publicUrl: string, active: boolean, online: boolean, lastSeenAt?: string | null, credentialRotatedAt?: string | null, previousCredentialValidUntil?: string | null, allDistricts: boolean, districts: Array<{ __typename?: 'District', id: string, name: string, nameEn: string }> }> };

type GatewayCredentialResultFields_GatewayCredentialPayload_Fragment = { __typename: 'GatewayCredentialPayload', credential: string, gateway: { __typename?: 'MediaGateway', id: string, gatewayId: string, name: string, publicUrl: string, active: boolean, online: boolean, lastSeenAt?: string | null, credentialRotatedAt?: string | null, previousCredentialValidUntil?: string | null, allDistricts: boolean, districts: Array<{ __typename?: 'District', id: string, name: string, nameEn: string }> } };

type GatewayCredentialResultFields_IntakeError_Fragment = { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null };

export type GatewayCredentialResultFieldsFragment =
  | GatewayCredentialResultFields_GatewayCredentialPayload_Fragment
  | GatewayCredentialResultFields_IntakeError_Fragment
;

type GatewayResultFields_GatewayPayload_Fragment = { __typename: 'GatewayPayload', gateway: { __typename?: 'MediaGateway', id: string, gatewayId: string, name: string, publicUrl: string, active: boolean, online: boolean, lastSeenAt?: string | null, credentialRotatedAt?: string | null, previousCredentialValidUntil?: string | null, allDistricts: boolean, districts: Array<{ __typename?: 'District', id: string, name: string, nameEn: string }> } };

type GatewayResultFields_IntakeError_Fragment = { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null };

export type GatewayResultFieldsFragment =
  | GatewayResultFields_GatewayPayload_Fragment
  | GatewayResultFields_IntakeError_Fragment
;

export type RegisterGatewayMutationVariables = Exact<{
  input: RegisterGatewayInput;
}>;


export type RegisterGatewayMutation = { __typename?: 'Mutation', registerGateway:
    | { __typename: 'GatewayCredentialPayload', credential: string, gateway: { __typename?: 'MediaGateway', id: string, gatewayId: string, name: string, publicUrl: string, active: boolean, online: boolean, lastSeenAt?: string | null, credentialRotatedAt?: string | null, previousCredentialValidUntil?: string | null, allDistricts: boolean, districts: Array<{ __typename?: 'District', id: string, name: string, nameEn: string }> } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type AssignGatewayDistrictsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  districtIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  allDistricts: Scalars['Boolean']['input'];
}>;


export type AssignGatewayDistrictsMutation = { __typename?: 'Mutation', assignGatewayDistricts:
    | { __typename: 'GatewayPayload', gateway: { __typename?: 'MediaGateway', id: string, gatewayId: string, name: string, publicUrl: string, active: boolean, online: boolean, lastSeenAt?: string | null, credentialRotatedAt?: string | null, previousCredentialValidUntil?: string | null, allDistricts: boolean, districts: Array<{ __typename?: 'District', id: string, name: string, nameEn: string }> } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type RotateGatewayCredentialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateGatewayCredentialMutation = { __typename?: 'Mutation', rotateGatewayCredential:
    | { __typename: 'GatewayCredentialPayload', credential: string, gateway: { __typename?: 'MediaGateway', id: string, gatewayId: string, name: string, publicUrl: string, active: boolean, online: boolean, lastSeenAt?: string | null, credentialRotatedAt?: string | null, previousCredentialValidUntil?: string | null, allDistricts: boolean, districts: Array<{ __typename?: 'District', id: string, name: string, nameEn: string }> } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type SetGatewayActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetGatewayActiveMutation = { __typename?: 'Mutation', setGatewayActive:
    | { __typename: 'GatewayPayload', gateway: { __typename?: 'MediaGateway', id: string, gatewayId: string, name: string, publicUrl: string, active: boolean, online: boolean, lastSeenAt?: string | null, credentialRotatedAt?: string | null, previousCredentialValidUntil?: string | null, allDistricts: boolean, districts: Array<{ __typename?: 'District', id: string, name: string, nameEn: string }> } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type AdminAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAccessQuery = { __typename?: 'Query', adminAccess: { __typename?: 'AdminAccess', organizations: boolean, manageOrganizations: boolean, projects: boolean, registerProject: boolean, approveProjects: boolean, cameras: boolean, approveCameraRemovals: boolean, gateways: boolean, accounts: boolean, import: boolean, manageableRoles: Array<Role> } };

export type ApprovalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalQueueQuery = { __typename?: 'Query', pendingRegistrations: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, code: string, name: string, district: { __typename?: 'District', id: string, name: string, nameEn: string } } }> }, projectChangeRequests: { __typename?: 'ProjectChangeRequestConnection', edges: Array<{ __typename?: 'ProjectChangeRequestEdge', node: { __typename?: 'ProjectChangeRequest', id: string, createdAt: string, changedAttributes: Array<string>, attributesAfter: { __typename?: 'ProjectAttributeValues', governmentInvested: boolean, singleBuildingAreaM2: number, groupBuildingAreaM2: number, investmentCny: number, infrastructureKind: InfrastructureKind, wholeBuildingRelocation: boolean }, project: { __typename?: 'Project', id: string, name: string } } }> }, cameraRemovals: { __typename?: 'CameraRemovalConnection', edges: Array<{ __typename?: 'CameraRemovalEdge', node: { __typename?: 'CameraRemoval', id: string, reason: string, createdAt: string, camera?: { __typename?: 'Camera', id: string, name: string, project: { __typename?: 'Project', id: string, name: string } } | null } }> } };

export type DecideProjectRegistrationMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  reason?: Scalars['String']['input'];
}>;


export type DecideProjectRegistrationMutation = { __typename?: 'Mutation', decideProjectRegistration:
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
    | { __typename: 'ProjectPayload', project: { __typename?: 'Project', id: string, approvalStatus: ApprovalStatus } }
   };

export type DecideProjectChangeMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  reason?: Scalars['String']['input'];
}>;


export type DecideProjectChangeMutation = { __typename?: 'Mutation', decideProjectChange:
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
    | { __typename: 'ProjectPayload', project: { __typename?: 'Project', id: string, approvalStatus: ApprovalStatus } }
   };

export type AdminAccountFieldsFragment = { __typename?: 'User', id: string, username: string, displayName: string, role: Role, isActive: boolean, mustChangePassword: boolean, deactivatedAt?: string | null, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null };

export type AdminAccountsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AdminAccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, isActive: boolean, mustChangePassword: boolean, deactivatedAt?: string | null, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null } }> } };

type AccountResultFields_AccountPayload_Fragment = { __typename: 'AccountPayload', account: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, isActive: boolean, mustChangePassword: boolean, deactivatedAt?: string | null, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null } };

type AccountResultFields_IntakeError_Fragment = { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null };

export type AccountResultFieldsFragment =
  | AccountResultFields_AccountPayload_Fragment
  | AccountResultFields_IntakeError_Fragment
;

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount:
    | { __typename: 'AccountPayload', account: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, isActive: boolean, mustChangePassword: boolean, deactivatedAt?: string | null, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type ResetAccountPasswordMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetAccountPasswordMutation = { __typename?: 'Mutation', resetAccountPassword:
    | { __typename: 'AccountPayload', account: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, isActive: boolean, mustChangePassword: boolean, deactivatedAt?: string | null, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type SetAccountActiveMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
  reason?: Scalars['String']['input'];
}>;


export type SetAccountActiveMutation = { __typename?: 'Mutation', setAccountActive:
    | { __typename: 'AccountPayload', account: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, isActive: boolean, mustChangePassword: boolean, deactivatedAt?: string | null, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null } }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type CompletePasswordChangeMutationVariables = Exact<{
  changeToken: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type CompletePasswordChangeMutation = { __typename?: 'Mutation', completePasswordChange:
    | { __typename: 'InvalidCredentials', code: string, message: string }
    | { __typename: 'LoginSuccess', accessToken: string, refreshToken: string, expiresIn: number }
    | { __typename: 'PasswordRejected', code: string, message: string, field?: string | null }
   };

export type ImportReportFieldsFragment = { __typename?: 'ImportReport', dryRun: boolean, rows: number, badRows: number, projectsCreated: number, projectsUpdated: number, projectsUnchanged: number, camerasCreated: number, camerasUpdated: number, camerasUnchanged: number, issues: Array<{ __typename?: 'ImportRowIssue', sheet: string, line: number, column: string, cell: string, code: string, reason: string }> };

export type ImportIntakeMutationVariables = Exact<{
  input: ImportIntakeInput;
}>;


export type ImportIntakeMutation = { __typename?: 'Mutation', importIntake:
    | { __typename: 'ImportReport', dryRun: boolean, rows: number, badRows: number, projectsCreated: number, projectsUpdated: number, projectsUnchanged: number, camerasCreated: number, camerasUpdated: number, camerasUnchanged: number, issues: Array<{ __typename?: 'ImportRowIssue', sheet: string, line: number, column: string, cell: string, code: string, reason: string }> }
    | { __typename: 'IntakeError', code: string, message: string, field?: string | null, article?: string | null }
   };

export type StartLiveViewMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  quality: StreamQuality;
}>;


export type StartLiveViewMutation = { __typename?: 'Mutation', startLiveView:
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'CameraUnavailable', code: string, message: string }
    | { __typename: 'GatewayUnavailable', code: string, message: string }
    | { __typename: 'LiveViewSession', whepUrl: string, ticket: string, expiresAt: string, snapshotUrl: string }
   };

export type LiveCameraStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveCameraStatusQuery = { __typename?: 'Query', camera?: { __typename?: 'Camera', id: string, status: CameraStatus } | null };

export type WallCameraFragment = { __typename?: 'Camera', id: string, name: string, location: string, status: CameraStatus, project: { __typename?: 'Project', id: string, name: string } };

export type WallProjectCamerasQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WallProjectCamerasQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, name: string, cameras: Array<{ __typename?: 'Camera', id: string, name: string, location: string, status: CameraStatus, project: { __typename?: 'Project', id: string, name: string } }> } | null };

export type WallDistrictCamerasQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type WallDistrictCamerasQuery = { __typename?: 'Query', district?: { __typename?: 'District', id: string, name: string, nameEn: string, projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, cameras: Array<{ __typename?: 'Camera', id: string, name: string, location: string, status: CameraStatus, project: { __typename?: 'Project', id: string, name: string } }> } }> } } | null };

export type OrganizationFieldsFragment = { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind };

export type ProjectDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectDetailQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, code: string, name: string, address: string, status: ProjectStatus, approvalStatus: ApprovalStatus, governmentInvested: boolean, singleBuildingAreaM2: number, groupBuildingAreaM2: number, investmentCny: number, infrastructureKind: InfrastructureKind, wholeBuildingRelocation: boolean, monitoringRequired: boolean, viewerCanManageCameras: boolean, viewerCanUpdate: boolean, viewerCanApprove: boolean, viewerCan: { __typename?: 'ProjectActions', viewDocuments: boolean, uploadDocuments: boolean, viewAccessLog: boolean, viewHazards: boolean, issueHazards: boolean, respondHazards: boolean, reviewHazards: boolean, viewFaults: boolean, viewDuty: boolean, manageDuty: boolean, exportClips: boolean, reviewExports: boolean }, district: { __typename?: 'District', id: string, name: string, nameEn: string }, pendingChangeRequests: Array<{ __typename?: 'ProjectChangeRequest', id: string, createdAt: string, changedAttributes: Array<string>, attributesAfter: { __typename?: 'ProjectAttributeValues', governmentInvested: boolean, singleBuildingAreaM2: number, groupBuildingAreaM2: number, investmentCny: number, infrastructureKind: InfrastructureKind, wholeBuildingRelocation: boolean }, monitoringRequirementAfter: { __typename?: 'MonitoringRequirement', required: boolean }, requestedBy?: { __typename?: 'User', displayName: string } | null }>, monitoringRequirement: { __typename?: 'MonitoringRequirement', required: boolean, reasons: Array<{ __typename?: 'RequirementReason', article: string, clause: string, text: string }> }, constructionUnit?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, supervisor?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, contractor?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, provider?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, cameras: Array<{ __typename?: 'Camera', id: string, name: string, location: string, ptzCapable: boolean, status: CameraStatus }>, documents: Array<{ __typename?: 'Document', id: string, category: DocumentCategory, title: string, currentVersion?: { __typename?: 'DocumentVersion', version: number, filename: string, sizeBytes: number, uploadedAt: string, uploadedBy?: { __typename?: 'User', id: string, displayName: string } | null } | null }> } | null };

export type CameraDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CameraDetailQuery = { __typename?: 'Query', camera?: { __typename?: 'Camera', id: string, name: string, location: string, ptzCapable: boolean, viewerCanControl: boolean, viewerCanReserve: boolean, status: CameraStatus, project: { __typename?: 'Project', id: string, code: string, name: string, viewerCan: { __typename?: 'ProjectActions', issueHazards: boolean, exportClips: boolean, reviewExports: boolean }, district: { __typename?: 'District', id: string, name: string, nameEn: string } } } | null };

export type RecordingTimelineQueryVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type RecordingTimelineQuery = { __typename?: 'Query', recordingTimeline?: { __typename?: 'RecordingTimeline', cameraId: string, from: string, to: string, spans: Array<{ __typename?: 'RecordingSpan', start: string, end: string }>, gaps: Array<{ __typename?: 'RecordingGapEntry', start: string, end?: string | null, cause: RecordingGapCause }>, events: Array<{ __typename?: 'TimelineEvent', at: string, kind: TimelineEventKind, title: string, objectId: string }> } | null };

export type StartPlaybackMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
}>;


export type StartPlaybackMutation = { __typename?: 'Mutation', startPlayback:
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'GatewayUnavailable', code: string, message: string }
    | { __typename: 'PlaybackSession', playlistUrl: string, ticket: string, expiresAt: string, from: string, to: string, snapshotUrl: string }
    | { __typename: 'RecordingRangeInvalid', code: string, message: string }
   };

export type ClipExportFieldsFragment = { __typename?: 'ClipExport', id: string, from: string, to: string, state: ClipExportState, percent: number, bytes?: number | null, sha256?: string | null, error?: string | null, durationSeconds: number, downloadUrl: string, finishedAt?: string | null, createdAt: string, underReview: boolean, reviewDecision?: ClipExportReview | null, reviewedAt?: string | null };

export type ClipExportsQueryVariables = Exact<{
  cameraId: Scalars['ID']['input'];
}>;


export type ClipExportsQuery = { __typename?: 'Query', clipExports?: Array<{ __typename?: 'ClipExport', id: string, from: string, to: string, state: ClipExportState, percent: number, bytes?: number | null, sha256?: string | null, error?: string | null, durationSeconds: number, downloadUrl: string, finishedAt?: string | null, createdAt: string, underReview: boolean, reviewDecision?: ClipExportReview | null, reviewedAt?: string | null }> | null };

export type ReviewClipExportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: ClipExportReview;
}>;


export type ReviewClipExportMutation = { __typename?: 'Mutation', reviewClipExport:
    | { __typename: 'ClipExportNotFound', code: string, message: string }
    | { __typename: 'ClipExportNotUnderReview', code: string, message: string }
    | { __typename: 'ClipExportPayload', export: { __typename?: 'ClipExport', id: string, from: string, to: string, state: ClipExportState, percent: number, bytes?: number | null, sha256?: string | null, error?: string | null, durationSeconds: number, downloadUrl: string, finishedAt?: string | null, createdAt: string, underReview: boolean, reviewDecision?: ClipExportReview | null, reviewedAt?: string | null } }
   };

export type ExportClipMutationVariables = Exact<{
  cameraId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type ExportClipMutation = { __typename?: 'Mutation', exportClip:
    | { __typename: 'CameraNotFound', code: string, message: string }
    | { __typename: 'ClipExportPayload', export: { __typename?: 'ClipExport', id: string, from: string, to: string, state: ClipExportState, percent: number, bytes?: number | null, sha256?: string | null, error?: string | null, durationSeconds: number, downloadUrl: string, finishedAt?: string | null, createdAt: string, underReview: boolean, reviewDecision?: ClipExportReview | null, reviewedAt?: string | null } }
    | { __typename: 'GatewayUnavailable', code: string, message: string }
    | { __typename: 'NothingRecorded', code: string, message: string }
    | { __typename: 'RecordingRangeInvalid', code: string, message: string }
   };

export type ClipExportProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClipExportProgressSubscription = { __typename?: 'Subscription', clipExport: { __typename?: 'ClipExport', id: string, from: string, to: string, state: ClipExportState, percent: number, bytes?: number | null, sha256?: string | null, error?: string | null, durationSeconds: number, downloadUrl: string, finishedAt?: string | null, createdAt: string, underReview: boolean, reviewDecision?: ClipExportReview | null, reviewedAt?: string | null } };

export type ProjectPlaybackCamerasQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectPlaybackCamerasQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, cameras: Array<{ __typename?: 'Camera', id: string, name: string }> } | null };

export type ScopeRootQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeRootQuery = { __typename?: 'Query', city: { __typename?: 'City', name: string, nameEn: string }, districts: Array<{ __typename?: 'District', id: string, code: string, name: string, nameEn: string }> };

export type DistrictProjectsQueryVariables = Exact<{
  districtId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DistrictProjectsQuery = { __typename?: 'Query', district?: { __typename?: 'District', id: string, projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, monitoringRequired: boolean } }> } } | null };

export type SearchProjectsQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type SearchProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, code: string, name: string, district: { __typename?: 'District', id: string, name: string, nameEn: string } } }> } };

export type LifecycleFieldsFragment = { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> };

export type ProjectLifecycleQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ProjectLifecycleQuery = { __typename?: 'Query', projectLifecycle?: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } | null };

type LifecycleResultFields_LifecycleRefused_Fragment = { __typename: 'LifecycleRefused', code: string, message: string, article: string };

type LifecycleResultFields_ProjectLifecyclePayload_Fragment = { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } };

type LifecycleResultFields_ProjectNotFound_Fragment = { __typename: 'ProjectNotFound', code: string, message: string };

export type LifecycleResultFieldsFragment =
  | LifecycleResultFields_LifecycleRefused_Fragment
  | LifecycleResultFields_ProjectLifecyclePayload_Fragment
  | LifecycleResultFields_ProjectNotFound_Fragment
;

export type RecordMonitoringContractMutationVariables = Exact<{
  input: RecordMonitoringContractInput;
}>;


export type RecordMonitoringContractMutation = { __typename?: 'Mutation', recordMonitoringContract:
    | { __typename: 'LifecycleRefused', code: string, message: string, article: string }
    | { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } }
    | { __typename: 'ProjectNotFound', code: string, message: string }
   };

export type FileSafetyMeasuresMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type FileSafetyMeasuresMutation = { __typename?: 'Mutation', fileSafetyMeasures:
    | { __typename: 'LifecycleRefused', code: string, message: string, article: string }
    | { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } }
    | { __typename: 'ProjectNotFound', code: string, message: string }
   };

export type RegisterMonitoringMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type RegisterMonitoringMutation = { __typename?: 'Mutation', registerMonitoring:
    | { __typename: 'LifecycleRefused', code: string, message: string, article: string }
    | { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } }
    | { __typename: 'ProjectNotFound', code: string, message: string }
   };

export type GrantConstructionPermitMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type GrantConstructionPermitMutation = { __typename?: 'Mutation', grantConstructionPermit:
    | { __typename: 'LifecycleRefused', code: string, message: string, article: string }
    | { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } }
    | { __typename: 'ProjectNotFound', code: string, message: string }
   };

export type StartConstructionMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type StartConstructionMutation = { __typename?: 'Mutation', startConstruction:
    | { __typename: 'LifecycleRefused', code: string, message: string, article: string }
    | { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } }
    | { __typename: 'ProjectNotFound', code: string, message: string }
   };

export type CompleteConstructionMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type CompleteConstructionMutation = { __typename?: 'Mutation', completeConstruction:
    | { __typename: 'LifecycleRefused', code: string, message: string, article: string }
    | { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } }
    | { __typename: 'ProjectNotFound', code: string, message: string }
   };

export type ConfirmEquipmentRemovalMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type ConfirmEquipmentRemovalMutation = { __typename?: 'Mutation', confirmEquipmentRemoval:
    | { __typename: 'LifecycleRefused', code: string, message: string, article: string }
    | { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } }
    | { __typename: 'ProjectNotFound', code: string, message: string }
   };

export type DeregisterProjectMutationVariables = Exact<{
  input: ProjectActionInput;
}>;


export type DeregisterProjectMutation = { __typename?: 'Mutation', deregisterProject:
    | { __typename: 'LifecycleRefused', code: string, message: string, article: string }
    | { __typename: 'ProjectLifecyclePayload', lifecycle: { __typename?: 'ProjectLifecycle', status: ProjectStatus, monitoringContract?: { __typename?: 'MonitoringContract', id: string, providerName: string, qualificationNumber: string, feePayer: FeePayer, contractNumber: string, recordedAt: string } | null, history: Array<{ __typename?: 'LifecycleTransition', action: string, fromStatus: string, toStatus: string, actorRole: string, note: string, at: string }>, penalties: Array<{ __typename?: 'PenaltyRecord', article: string, reason: string, amountCny: number, issuedAt: string }>, nextActions: Array<{ __typename?: 'LifecycleActionCheck', action: LifecycleAction, allowed: boolean, code: string, reason: string, article: string }> } }
    | { __typename: 'ProjectNotFound', code: string, message: string }
   };

export type RecordUnpermittedStartMutationVariables = Exact<{
  input: RecordUnpermittedStartInput;
}>;


export type RecordUnpermittedStartMutation = { __typename?: 'Mutation', recordUnpermittedStart:
    | { __typename: 'HazardNoticeNotFound', code: string, message: string }
    | { __typename: 'HazardNoticePayload' }
    | { __typename: 'HazardNoticeRefused', code: string, message: string, article: string }
   };

export type DocumentVersionFieldsFragment = { __typename?: 'DocumentVersion', version: number, filename: string, sizeBytes: number, contentType: string, sha256: string, uploadedAt: string, uploadedBy?: { __typename?: 'User', id: string, displayName: string } | null };

export type ProjectDocumentsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ProjectDocumentsQuery = { __typename?: 'Query', documentCompleteness?: Array<{ __typename?: 'CategoryCompleteness', category: DocumentCategory, documentCount: number, latestUploadAt?: string | null, dueAt?: string | null, status: string }> | null, project?: { __typename?: 'Project', id: string, documents: Array<{ __typename?: 'Document', id: string, category: DocumentCategory, title: string, currentVersion?: { __typename?: 'DocumentVersion', version: number, filename: string, sizeBytes: number, contentType: string, sha256: string, uploadedAt: string, uploadedBy?: { __typename?: 'User', id: string, displayName: string } | null } | null }> } | null };

export type DocumentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentDetailQuery = { __typename?: 'Query', document?: { __typename?: 'Document', id: string, category: DocumentCategory, title: string, versions: Array<{ __typename?: 'DocumentVersion', version: number, filename: string, sizeBytes: number, contentType: string, sha256: string, uploadedAt: string, uploadedBy?: { __typename?: 'User', id: string, displayName: string } | null }> } | null };

export type DocumentAccessLogQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DocumentAccessLogQuery = { __typename?: 'Query', documentAccessLog: { __typename?: 'DocumentAccessEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'DocumentAccessEntryEdge', node: { __typename?: 'DocumentAccessEntry', id: string, documentId?: string | null, version?: number | null, cameraId?: string | null, cameraName?: string | null, clipExportId?: string | null, footageFrom?: string | null, footageTo?: string | null, username: string, role: string, action: string, clientIp: string, at: string } }> } };

export type HazardNoticeSummaryFragment = { __typename?: 'HazardNotice', id: string, kind: HazardKind, severity: HazardSeverity, status: HazardStatus, description: string, deadline: string, issuerLevel: string, issuedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, escalatedAt?: string | null, overdue: boolean, project: { __typename?: 'Project', id: string, name: string }, camera?: { __typename?: 'Camera', id: string, name: string } | null, issuedBy?: { __typename?: 'User', id: string, displayName: string } | null };

export type HazardNoticesQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<HazardStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HazardNoticesQuery = { __typename?: 'Query', hazardNotices: { __typename?: 'HazardNoticeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'HazardNoticeEdge', node: { __typename?: 'HazardNotice', id: string, kind: HazardKind, severity: HazardSeverity, status: HazardStatus, description: string, deadline: string, issuerLevel: string, issuedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, escalatedAt?: string | null, overdue: boolean, project: { __typename?: 'Project', id: string, name: string }, camera?: { __typename?: 'Camera', id: string, name: string } | null, issuedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } };

export type HazardNoticeDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HazardNoticeDetailQuery = { __typename?: 'Query', hazardNotice?: { __typename?: 'HazardNotice', snapshotUrl: string, id: string, kind: HazardKind, severity: HazardSeverity, status: HazardStatus, description: string, deadline: string, issuerLevel: string, issuedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, escalatedAt?: string | null, overdue: boolean, evidence: Array<{ __typename?: 'HazardEvidence', id: string, source: string, url: string }>, evidenceClip?: { __typename?: 'EvidenceClip', cameraId: string, at: string, from: string, to: string } | null, entries: Array<{ __typename?: 'HazardNoticeEntry', kind: HazardEntryKind, text: string, authorRole: string, at: string, author?: { __typename?: 'User', id: string, displayName: string } | null, attachments: Array<{ __typename?: 'Document', id: string, title: string }> }>, project: { __typename?: 'Project', id: string, name: string }, camera?: { __typename?: 'Camera', id: string, name: string } | null, issuedBy?: { __typename?: 'User', id: string, displayName: string } | null } | null };

type HazardResultFields_HazardNoticeNotFound_Fragment = { __typename: 'HazardNoticeNotFound', code: string, message: string };

type HazardResultFields_HazardNoticePayload_Fragment = { __typename: 'HazardNoticePayload', notice: { __typename?: 'HazardNotice', id: string, status: HazardStatus } };

type HazardResultFields_HazardNoticeRefused_Fragment = { __typename: 'HazardNoticeRefused', code: string, message: string, article: string };

export type HazardResultFieldsFragment =
  | HazardResultFields_HazardNoticeNotFound_Fragment
  | HazardResultFields_HazardNoticePayload_Fragment
  | HazardResultFields_HazardNoticeRefused_Fragment
;

export type IssueHazardNoticeMutationVariables = Exact<{
  input: IssueHazardNoticeInput;
}>;


export type IssueHazardNoticeMutation = { __typename?: 'Mutation', issueHazardNotice:
    | { __typename: 'HazardNoticeNotFound', code: string, message: string }
    | { __typename: 'HazardNoticePayload', notice: { __typename?: 'HazardNotice', id: string, status: HazardStatus } }
    | { __typename: 'HazardNoticeRefused', code: string, message: string, article: string }
   };

export type AcknowledgeHazardNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeHazardNoticeMutation = { __typename?: 'Mutation', acknowledgeHazardNotice:
    | { __typename: 'HazardNoticeNotFound', code: string, message: string }
    | { __typename: 'HazardNoticePayload', notice: { __typename?: 'HazardNotice', id: string, status: HazardStatus } }
    | { __typename: 'HazardNoticeRefused', code: string, message: string, article: string }
   };

export type ReportRectificationMutationVariables = Exact<{
  input: ReportRectificationInput;
}>;


export type ReportRectificationMutation = { __typename?: 'Mutation', reportRectification:
    | { __typename: 'HazardNoticeNotFound', code: string, message: string }
    | { __typename: 'HazardNoticePayload', notice: { __typename?: 'HazardNotice', id: string, status: HazardStatus } }
    | { __typename: 'HazardNoticeRefused', code: string, message: string, article: string }
   };

export type ReviewRectificationMutationVariables = Exact<{
  input: ReviewRectificationInput;
}>;


export type ReviewRectificationMutation = { __typename?: 'Mutation', reviewRectification:
    | { __typename: 'HazardNoticeNotFound', code: string, message: string }
    | { __typename: 'HazardNoticePayload', notice: { __typename?: 'HazardNotice', id: string, status: HazardStatus } }
    | { __typename: 'HazardNoticeRefused', code: string, message: string, article: string }
   };

export type FaultTicketsQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  openOnly: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FaultTicketsQuery = { __typename?: 'Query', faultTickets: { __typename?: 'FaultTicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FaultTicketEdge', node: { __typename?: 'FaultTicket', id: string, kind: FaultKind, status: FaultStatus, detail: string, openedAt: string, deadline: string, closedAt?: string | null, downtimeSeconds?: number | null, breachedAt?: string | null, camera?: { __typename?: 'Camera', id: string, name: string, location: string, status: CameraStatus } | null, project: { __typename?: 'Project', id: string, code: string, name: string } } }> } };

export type DutyRosterQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type DutyRosterQuery = { __typename?: 'Query', dutyRoster?: { __typename?: 'DutyRoster', attended: boolean, shifts: Array<{ __typename?: 'DutyShift', id: string, startsAt: string, endsAt: string, operator?: { __typename?: 'User', id: string, displayName: string } | null }>, present: Array<{ __typename?: 'DutyCheckIn', checkedInAt: string, lastHeartbeatAt: string, checkedOutAt?: string | null, operator?: { __typename?: 'User', id: string, displayName: string } | null }> } | null };

type DutyCheckInResultFields_DutyCheckInPayload_Fragment = { __typename: 'DutyCheckInPayload', checkIn: { __typename?: 'DutyCheckIn', checkedInAt: string, lastHeartbeatAt: string, checkedOutAt?: string | null } };

type DutyCheckInResultFields_DutyNotFound_Fragment = { __typename: 'DutyNotFound', code: string, message: string };

type DutyCheckInResultFields_DutyRefused_Fragment = { __typename: 'DutyRefused', code: string, message: string, article: string };

export type DutyCheckInResultFieldsFragment =
  | DutyCheckInResultFields_DutyCheckInPayload_Fragment
  | DutyCheckInResultFields_DutyNotFound_Fragment
  | DutyCheckInResultFields_DutyRefused_Fragment
;

export type DutyCheckInMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type DutyCheckInMutation = { __typename?: 'Mutation', dutyCheckIn:
    | { __typename: 'DutyCheckInPayload', checkIn: { __typename?: 'DutyCheckIn', checkedInAt: string, lastHeartbeatAt: string, checkedOutAt?: string | null } }
    | { __typename: 'DutyNotFound', code: string, message: string }
    | { __typename: 'DutyRefused', code: string, message: string, article: string }
   };

export type DutyCheckOutMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type DutyCheckOutMutation = { __typename?: 'Mutation', dutyCheckOut:
    | { __typename: 'DutyCheckInPayload', checkIn: { __typename?: 'DutyCheckIn', checkedInAt: string, lastHeartbeatAt: string, checkedOutAt?: string | null } }
    | { __typename: 'DutyNotFound', code: string, message: string }
    | { __typename: 'DutyRefused', code: string, message: string, article: string }
   };

export type AddDutyShiftMutationVariables = Exact<{
  input: AddDutyShiftInput;
}>;


export type AddDutyShiftMutation = { __typename?: 'Mutation', addDutyShift:
    | { __typename: 'DutyNotFound', code: string, message: string }
    | { __typename: 'DutyRefused', code: string, message: string, article: string }
    | { __typename: 'DutyShiftPayload', shift: { __typename?: 'DutyShift', id: string } }
   };

export type AlertFieldsFragment = { __typename?: 'Alert', id: string, kind: string, severity: string, title: string, message: string, createdAt: string, acknowledgedAt?: string | null, objectType: string, objectId: string, cursor: string, project?: { __typename?: 'Project', id: string, name: string } | null };

export type AlertListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unacknowledgedOnly: Scalars['Boolean']['input'];
  severities?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertListQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AlertEdge', node: { __typename?: 'Alert', id: string, kind: string, severity: string, title: string, message: string, createdAt: string, acknowledgedAt?: string | null, objectType: string, objectId: string, cursor: string, project?: { __typename?: 'Project', id: string, name: string } | null } }> } };

export type AcknowledgeAlertsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AcknowledgeAlertsMutation = { __typename?: 'Mutation', acknowledgeAlerts:
    | { __typename: 'AlertNotFound', code: string, message: string }
    | { __typename: 'AlertsAcknowledged', acknowledgedCount: number, alerts: Array<{ __typename?: 'Alert', id: string, acknowledgedAt?: string | null }> }
    | { __typename: 'TooManyAlerts', code: string, message: string }
   };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutation = { __typename?: 'Mutation', acknowledgeAlert:
    | { __typename: 'AlertAcknowledged', alert: { __typename?: 'Alert', id: string, acknowledgedAt?: string | null } }
    | { __typename: 'AlertNotFound', code: string, message: string }
   };

export const ControlLeaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ControlLeaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraControlLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldByYou"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ControlLeaseFieldsFragment, unknown>;
export const CurrentUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const ReportFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"cameraOnlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeHours"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeBeyondDeadlineHours"}},{"kind":"Field","name":{"kind":"Name","value":"faultsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"faultsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"faultsClosedWithin24h"}},{"kind":"Field","name":{"kind":"Name","value":"faultsBreached"}},{"kind":"Field","name":{"kind":"Name","value":"hazardNoticesOpened"}},{"kind":"Field","name":{"kind":"Name","value":"hazardNoticesClosed"}},{"kind":"Field","name":{"kind":"Name","value":"hazardNoticesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"stopWorkOpened"}},{"kind":"Field","name":{"kind":"Name","value":"stopWorkClosed"}},{"kind":"Field","name":{"kind":"Name","value":"stopWorkOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"documentsPresent"}},{"kind":"Field","name":{"kind":"Name","value":"documentsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"documentCompleteness"}},{"kind":"Field","name":{"kind":"Name","value":"projectsDocumentsComplete"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPlannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"dutyCoveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"dutyCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ReportFiguresFieldsFragment, unknown>;
export const AdminOrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpired"}}]}}]} as unknown as DocumentNode<AdminOrganizationFieldsFragment, unknown>;
export const IntakeErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<IntakeErrorFieldsFragment, unknown>;
export const OrganizationResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpired"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<OrganizationResultFieldsFragment, unknown>;
export const Art5FieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Art5Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectAttributeValues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governmentInvested"}},{"kind":"Field","name":{"kind":"Name","value":"singleBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCny"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureKind"}},{"kind":"Field","name":{"kind":"Name","value":"wholeBuildingRelocation"}}]}}]} as unknown as DocumentNode<Art5FieldsFragment, unknown>;
export const ProjectChangeRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectChangeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"attributesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Art5Fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequirementAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Art5Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectAttributeValues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governmentInvested"}},{"kind":"Field","name":{"kind":"Name","value":"singleBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCny"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureKind"}},{"kind":"Field","name":{"kind":"Name","value":"wholeBuildingRelocation"}}]}}]} as unknown as DocumentNode<ProjectChangeRequestFieldsFragment, unknown>;
export const ProjectResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<ProjectResultFieldsFragment, unknown>;
export const ConnectionTestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionTestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraProbeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codec"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"fps"}},{"kind":"Field","name":{"kind":"Name","value":"bFrames"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"onvifChecked"}},{"kind":"Field","name":{"kind":"Name","value":"ptzSupported"}},{"kind":"Field","name":{"kind":"Name","value":"presets"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningMessages"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}}]}}]} as unknown as DocumentNode<ConnectionTestFieldsFragment, unknown>;
export const AdminCameraFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCameraFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Camera"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"mainStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"onvifEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"rtspUsername"}},{"kind":"Field","name":{"kind":"Name","value":"onvifUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rtspPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"onvifPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRemoval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AdminCameraFieldsFragment, unknown>;
export const CameraResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CameraResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCameraFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCameraFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Camera"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"mainStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"onvifEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"rtspUsername"}},{"kind":"Field","name":{"kind":"Name","value":"onvifUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rtspPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"onvifPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRemoval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<CameraResultFieldsFragment, unknown>;
export const CameraRemovalResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CameraRemovalResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraRemovalResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraRemovalPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<CameraRemovalResultFieldsFragment, unknown>;
export const AdminGatewayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredentialValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AdminGatewayFieldsFragment, unknown>;
export const GatewayCredentialResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayCredentialResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayCredentialResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminGatewayFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredentialValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<GatewayCredentialResultFieldsFragment, unknown>;
export const GatewayResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminGatewayFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredentialValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<GatewayResultFieldsFragment, unknown>;
export const AdminAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AdminAccountFieldsFragment, unknown>;
export const AccountResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<AccountResultFieldsFragment, unknown>;
export const ImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"badRows"}},{"kind":"Field","name":{"kind":"Name","value":"projectsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"projectsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"projectsUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"camerasCreated"}},{"kind":"Field","name":{"kind":"Name","value":"camerasUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"camerasUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ImportReportFieldsFragment, unknown>;
export const WallCameraFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WallCamera"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Camera"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WallCameraFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const ClipExportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClipExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClipExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDecision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]} as unknown as DocumentNode<ClipExportFieldsFragment, unknown>;
export const LifecycleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<LifecycleFieldsFragment, unknown>;
export const LifecycleResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<LifecycleResultFieldsFragment, unknown>;
export const DocumentVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DocumentVersionFieldsFragment, unknown>;
export const HazardNoticeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardNoticeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<HazardNoticeSummaryFragment, unknown>;
export const HazardResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<HazardResultFieldsFragment, unknown>;
export const DutyCheckInResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyCheckInResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyCheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyCheckInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<DutyCheckInResultFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const CameraControlEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CameraControlEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cameraControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ControlLeaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ControlLeaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ControlLeaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraControlLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldByYou"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CameraControlEventsSubscription, CameraControlEventsSubscriptionVariables>;
export const AcquireCameraControlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcquireCameraControl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reserve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acquireCameraControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reserve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reserve"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraControlLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ControlLeaseFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ControlHeld"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ControlLeaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraControlLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldByYou"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AcquireCameraControlMutation, AcquireCameraControlMutationVariables>;
export const ReleaseCameraControlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseCameraControl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseCameraControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseCameraControlMutation, ReleaseCameraControlMutationVariables>;
export const PtzMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PtzMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tilt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ptzMove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pan"}}},{"kind":"Argument","name":{"kind":"Name","value":"tilt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tilt"}}},{"kind":"Argument","name":{"kind":"Name","value":"zoom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PtzCommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ControlLeaseFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ControlLeaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraControlLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldByYou"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<PtzMoveMutation, PtzMoveMutationVariables>;
export const PtzStopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PtzStop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ptzStop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PtzStopMutation, PtzStopMutationVariables>;
export const PtzGotoPresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PtzGotoPreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ptzGotoPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PtzGotoPresetMutation, PtzGotoPresetMutationVariables>;
export const PtzSetPresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PtzSetPreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ptzSetPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PtzSetPresetMutation, PtzSetPresetMutationVariables>;
export const PtzPresetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PtzPresets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ptzPresets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PtzPresetList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PtzPresetsQuery, PtzPresetsQueryVariables>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertsSubscription, AlertsSubscriptionVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordChangeRequired"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeToken"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CameraStatusChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CameraStatusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cameraStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cameraId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CameraStatusChangesSubscription, CameraStatusChangesSubscriptionVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtCount"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"camerasOnline"}},{"kind":"Field","name":{"kind":"Name","value":"camerasOffline"}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const DashboardProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequired"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardProjectsQuery, DashboardProjectsQueryVariables>;
export const ProjectStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LatLngInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectStates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"offlineCameras"}},{"kind":"Field","name":{"kind":"Name","value":"openHazards"}},{"kind":"Field","name":{"kind":"Name","value":"openStopWorkOrders"}},{"kind":"Field","name":{"kind":"Name","value":"stopWork"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectStatesQuery, ProjectStatesQueryVariables>;
export const MapConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tileAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinateSystem"}},{"kind":"Field","name":{"kind":"Name","value":"maxZoom"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"south"}},{"kind":"Field","name":{"kind":"Name","value":"west"}},{"kind":"Field","name":{"kind":"Name","value":"north"}},{"kind":"Field","name":{"kind":"Name","value":"east"}}]}}]}}]}}]} as unknown as DocumentNode<MapConfigQuery, MapConfigQueryVariables>;
export const SetProjectLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinateSystem"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinateSystem"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinateSystem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinateSystem"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLocationSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetProjectLocationMutation, SetProjectLocationMutationVariables>;
export const MonthlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFiguresFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"cameraOnlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeHours"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeBeyondDeadlineHours"}},{"kind":"Field","name":{"kind":"Name","value":"faultsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"faultsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"faultsClosedWithin24h"}},{"kind":"Field","name":{"kind":"Name","value":"faultsBreached"}},{"kind":"Field","name":{"kind":"Name","value":"hazardNoticesOpened"}},{"kind":"Field","name":{"kind":"Name","value":"hazardNoticesClosed"}},{"kind":"Field","name":{"kind":"Name","value":"hazardNoticesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"stopWorkOpened"}},{"kind":"Field","name":{"kind":"Name","value":"stopWorkClosed"}},{"kind":"Field","name":{"kind":"Name","value":"stopWorkOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"documentsPresent"}},{"kind":"Field","name":{"kind":"Name","value":"documentsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"documentCompleteness"}},{"kind":"Field","name":{"kind":"Name","value":"projectsDocumentsComplete"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPlannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"dutyCoveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"dutyCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<MonthlyReportQuery, MonthlyReportQueryVariables>;
export const WallLayoutsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WallLayouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallLayouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"cameraIds"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<WallLayoutsQuery, WallLayoutsQueryVariables>;
export const SaveWallLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWallLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveWallLayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWallLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WallLayoutSaved"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"layout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"cameraIds"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveWallLayoutMutation, SaveWallLayoutMutationVariables>;
export const LiveMonitoringRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveMonitoringRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<LiveMonitoringRequirementQuery, LiveMonitoringRequirementQueryVariables>;
export const AdminOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpired"}}]}}]} as unknown as DocumentNode<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpired"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExpired"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const AdminProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequired"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminProjectsQuery, AdminProjectsQueryVariables>;
export const RegisterProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<RegisterProjectMutation, RegisterProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResultFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const AdminProjectCamerasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProjectCameras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageCameras"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCameraFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCameraFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Camera"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"mainStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"onvifEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"rtspUsername"}},{"kind":"Field","name":{"kind":"Name","value":"onvifUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rtspPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"onvifPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRemoval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AdminProjectCamerasQuery, AdminProjectCamerasQueryVariables>;
export const TestCameraConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCameraConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestCameraConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testCameraConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionTestFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraUnreachable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionTestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraProbeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codec"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"fps"}},{"kind":"Field","name":{"kind":"Name","value":"bFrames"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"onvifChecked"}},{"kind":"Field","name":{"kind":"Name","value":"ptzSupported"}},{"kind":"Field","name":{"kind":"Name","value":"presets"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningMessages"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<TestCameraConnectionMutation, TestCameraConnectionMutationVariables>;
export const AddCameraDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCamera"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CameraInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCamera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CameraResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCameraFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Camera"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"mainStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"onvifEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"rtspUsername"}},{"kind":"Field","name":{"kind":"Name","value":"onvifUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rtspPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"onvifPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRemoval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CameraResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCameraFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<AddCameraMutation, AddCameraMutationVariables>;
export const UpdateCameraDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCamera"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CameraInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCamera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CameraResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminCameraFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Camera"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"mainStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subStreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"onvifEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"rtspUsername"}},{"kind":"Field","name":{"kind":"Name","value":"onvifUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rtspPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"onvifPasswordSet"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRemoval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CameraResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminCameraFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<UpdateCameraMutation, UpdateCameraMutationVariables>;
export const RequestCameraRemovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCameraRemoval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCameraRemoval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CameraRemovalResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CameraRemovalResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraRemovalResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraRemovalPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<RequestCameraRemovalMutation, RequestCameraRemovalMutationVariables>;
export const DecideCameraRemovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCameraRemoval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"removalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCameraRemoval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"removalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"removalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CameraRemovalResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CameraRemovalResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraRemovalResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CameraRemovalPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<DecideCameraRemovalMutation, DecideCameraRemovalMutationVariables>;
export const AdminGatewaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminGateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminGatewayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredentialValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AdminGatewaysQuery, AdminGatewaysQueryVariables>;
export const RegisterGatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterGateway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterGatewayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatewayCredentialResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredentialValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayCredentialResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayCredentialResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminGatewayFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<RegisterGatewayMutation, RegisterGatewayMutationVariables>;
export const AssignGatewayDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignGatewayDistricts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allDistricts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignGatewayDistricts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"allDistricts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allDistricts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatewayResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredentialValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminGatewayFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<AssignGatewayDistrictsMutation, AssignGatewayDistrictsMutationVariables>;
export const RotateGatewayCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateGatewayCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateGatewayCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatewayCredentialResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredentialValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayCredentialResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayCredentialResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayCredentialPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminGatewayFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<RotateGatewayCredentialMutation, RotateGatewayCredentialMutationVariables>;
export const SetGatewayActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGatewayActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGatewayActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatewayResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCredentialValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"allDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GatewayPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminGatewayFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<SetGatewayActiveMutation, SetGatewayActiveMutationVariables>;
export const AdminAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"manageOrganizations"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"registerProject"}},{"kind":"Field","name":{"kind":"Name","value":"approveProjects"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"approveCameraRemovals"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"import"}},{"kind":"Field","name":{"kind":"Name","value":"manageableRoles"}}]}}]}}]} as unknown as DocumentNode<AdminAccessQuery, AdminAccessQueryVariables>;
export const ApprovalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"pendingRegistrations"},"name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"approvalStatus"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"attributesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Art5Fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameraRemovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Art5Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectAttributeValues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governmentInvested"}},{"kind":"Field","name":{"kind":"Name","value":"singleBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCny"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureKind"}},{"kind":"Field","name":{"kind":"Name","value":"wholeBuildingRelocation"}}]}}]} as unknown as DocumentNode<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const DecideProjectRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideProjectRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideProjectRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<DecideProjectRegistrationMutation, DecideProjectRegistrationMutationVariables>;
export const DecideProjectChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideProjectChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideProjectChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<DecideProjectChangeMutation, DecideProjectChangeMutationVariables>;
export const AdminAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AdminAccountsQuery, AdminAccountsQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const ResetAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetAccountPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<ResetAccountPasswordMutation, ResetAccountPasswordMutationVariables>;
export const SetAccountActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]} as unknown as DocumentNode<SetAccountActiveMutation, SetAccountActiveMutationVariables>;
export const CompletePasswordChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletePasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completePasswordChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentials"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompletePasswordChangeMutation, CompletePasswordChangeMutationVariables>;
export const ImportIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"badRows"}},{"kind":"Field","name":{"kind":"Name","value":"projectsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"projectsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"projectsUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"camerasCreated"}},{"kind":"Field","name":{"kind":"Name","value":"camerasUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"camerasUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]} as unknown as DocumentNode<ImportIntakeMutation, ImportIntakeMutationVariables>;
export const StartLiveViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLiveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StreamQuality"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLiveView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveViewSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whepUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartLiveViewMutation, StartLiveViewMutationVariables>;
export const LiveCameraStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveCameraStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"camera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LiveCameraStatusQuery, LiveCameraStatusQueryVariables>;
export const WallProjectCamerasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WallProjectCameras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WallCamera"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WallCamera"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Camera"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WallProjectCamerasQuery, WallProjectCamerasQueryVariables>;
export const WallDistrictCamerasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WallDistrictCameras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WallCamera"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WallCamera"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Camera"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WallDistrictCamerasQuery, WallDistrictCamerasQueryVariables>;
export const ProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"uploadDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"viewAccessLog"}},{"kind":"Field","name":{"kind":"Name","value":"viewHazards"}},{"kind":"Field","name":{"kind":"Name","value":"issueHazards"}},{"kind":"Field","name":{"kind":"Name","value":"respondHazards"}},{"kind":"Field","name":{"kind":"Name","value":"reviewHazards"}},{"kind":"Field","name":{"kind":"Name","value":"viewFaults"}},{"kind":"Field","name":{"kind":"Name","value":"viewDuty"}},{"kind":"Field","name":{"kind":"Name","value":"manageDuty"}},{"kind":"Field","name":{"kind":"Name","value":"exportClips"}},{"kind":"Field","name":{"kind":"Name","value":"reviewExports"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governmentInvested"}},{"kind":"Field","name":{"kind":"Name","value":"singleBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCny"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureKind"}},{"kind":"Field","name":{"kind":"Name","value":"wholeBuildingRelocation"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequired"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageCameras"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanApprove"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChangeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectChangeRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Art5Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectAttributeValues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governmentInvested"}},{"kind":"Field","name":{"kind":"Name","value":"singleBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCny"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureKind"}},{"kind":"Field","name":{"kind":"Name","value":"wholeBuildingRelocation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectChangeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"attributesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Art5Fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequirementAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const CameraDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CameraDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"camera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanControl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReserve"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueHazards"}},{"kind":"Field","name":{"kind":"Name","value":"exportClips"}},{"kind":"Field","name":{"kind":"Name","value":"reviewExports"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CameraDetailQuery, CameraDetailQueryVariables>;
export const RecordingTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordingTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cameraId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordingTimelineQuery, RecordingTimelineQueryVariables>;
export const StartPlaybackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPlayback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPlayback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaybackSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"playlistUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartPlaybackMutation, StartPlaybackMutationVariables>;
export const ClipExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClipExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clipExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClipExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClipExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClipExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDecision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]} as unknown as DocumentNode<ClipExportsQuery, ClipExportsQueryVariables>;
export const ReviewClipExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewClipExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClipExportReview"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewClipExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClipExportPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClipExportFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClipExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClipExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDecision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]} as unknown as DocumentNode<ReviewClipExportMutation, ReviewClipExportMutationVariables>;
export const ExportClipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportClip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportClip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cameraId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cameraId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClipExportPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClipExportFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClipExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClipExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDecision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]} as unknown as DocumentNode<ExportClipMutation, ExportClipMutationVariables>;
export const ClipExportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClipExportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clipExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClipExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClipExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClipExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDecision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]} as unknown as DocumentNode<ClipExportProgressSubscription, ClipExportProgressSubscriptionVariables>;
export const ProjectPlaybackCamerasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPlaybackCameras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectPlaybackCamerasQuery, ProjectPlaybackCamerasQueryVariables>;
export const ScopeRootDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ScopeRootQuery, ScopeRootQueryVariables>;
export const DistrictProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequired"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictProjectsQuery, DistrictProjectsQueryVariables>;
export const SearchProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchProjectsQuery, SearchProjectsQueryVariables>;
export const ProjectLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectLifecycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<ProjectLifecycleQuery, ProjectLifecycleQueryVariables>;
export const RecordMonitoringContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMonitoringContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMonitoringContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMonitoringContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<RecordMonitoringContractMutation, RecordMonitoringContractMutationVariables>;
export const FileSafetyMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileSafetyMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileSafetyMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<FileSafetyMeasuresMutation, FileSafetyMeasuresMutationVariables>;
export const RegisterMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<RegisterMonitoringMutation, RegisterMonitoringMutationVariables>;
export const GrantConstructionPermitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConstructionPermit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConstructionPermit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<GrantConstructionPermitMutation, GrantConstructionPermitMutationVariables>;
export const StartConstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startConstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<StartConstructionMutation, StartConstructionMutationVariables>;
export const CompleteConstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteConstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeConstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<CompleteConstructionMutation, CompleteConstructionMutationVariables>;
export const ConfirmEquipmentRemovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEquipmentRemoval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEquipmentRemoval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<ConfirmEquipmentRemovalMutation, ConfirmEquipmentRemovalMutationVariables>;
export const DeregisterProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeregisterProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deregisterProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"feePayer"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecycleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLifecyclePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<DeregisterProjectMutation, DeregisterProjectMutationVariables>;
export const RecordUnpermittedStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordUnpermittedStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordUnpermittedStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordUnpermittedStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<RecordUnpermittedStartMutation, RecordUnpermittedStartMutationVariables>;
export const ProjectDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentCompleteness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"latestUploadAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentVersionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ProjectDocumentsQuery, ProjectDocumentsQueryVariables>;
export const DocumentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DocumentDetailQuery, DocumentDetailQueryVariables>;
export const DocumentAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cameraId"}},{"kind":"Field","name":{"kind":"Name","value":"cameraName"}},{"kind":"Field","name":{"kind":"Name","value":"clipExportId"}},{"kind":"Field","name":{"kind":"Name","value":"footageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"footageTo"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentAccessLogQuery, DocumentAccessLogQueryVariables>;
export const HazardNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HazardNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HazardStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardNoticeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardNoticeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<HazardNoticesQuery, HazardNoticesQueryVariables>;
export const HazardNoticeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HazardNoticeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardNoticeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceClip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cameraId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardNoticeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<HazardNoticeDetailQuery, HazardNoticeDetailQueryVariables>;
export const IssueHazardNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueHazardNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueHazardNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueHazardNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<IssueHazardNoticeMutation, IssueHazardNoticeMutationVariables>;
export const AcknowledgeHazardNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeHazardNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeHazardNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeHazardNoticeMutation, AcknowledgeHazardNoticeMutationVariables>;
export const ReportRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<ReportRectificationMutation, ReportRectificationMutationVariables>;
export const ReviewRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HazardNoticeRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<ReviewRectificationMutation, ReviewRectificationMutationVariables>;
export const FaultTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultTicketsQuery, FaultTicketsQueryVariables>;
export const DutyRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyRosterQuery, DutyRosterQueryVariables>;
export const DutyCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyCheckInResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyCheckInResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyCheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyCheckInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<DutyCheckInMutation, DutyCheckInMutationVariables>;
export const DutyCheckOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCheckOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyCheckOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyCheckInResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyCheckInResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyCheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyCheckInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]} as unknown as DocumentNode<DutyCheckOutMutation, DutyCheckOutMutationVariables>;
export const AddDutyShiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDutyShift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDutyShiftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDutyShift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyShiftPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<AddDutyShiftMutation, AddDutyShiftMutationVariables>;
export const AlertListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unacknowledgedOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"severities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unacknowledgedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unacknowledgedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"severities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"severities"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AlertListQuery, AlertListQueryVariables>;
export const AcknowledgeAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertsAcknowledged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertsMutation, AcknowledgeAlertsMutationVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertAcknowledged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;