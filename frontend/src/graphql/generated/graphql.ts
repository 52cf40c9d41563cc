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
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: any; output: any; }
};

export type Alert = Node & {
  __typename?: 'Alert';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
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

export type ApiTokenCreated = {
  __typename?: 'ApiTokenCreated';
  name: Scalars['String']['output'];
  operations: Array<Scalars['String']['output']>;
  prefix: Scalars['String']['output'];
  /** Shown once; store it now. */
  token: Scalars['String']['output'];
};

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
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  /** RTSP URL of the main stream; null unless your role may see stream addresses. */
  mainStreamUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  project: Project;
  ptzCapable: Scalars['Boolean']['output'];
  status: CameraStatus;
  /** RTSP URL of the sub stream; null unless your role may see stream addresses. */
  subStreamUrl?: Maybe<Scalars['String']['output']>;
};

export type CameraNotFound = UserError & {
  __typename?: 'CameraNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CameraStatus =
  | 'DECOMMISSIONED'
  | 'NO_VIDEO'
  | 'OFFLINE'
  | 'ONLINE'
  | 'UNKNOWN';

export type CameraUnavailable = UserError & {
  __typename?: 'CameraUnavailable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type City = {
  __typename?: 'City';
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
};

export type CreateApiTokenResult = ApiTokenCreated | InvalidApiTokenRequest;

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

export type Document = Node & {
  __typename?: 'Document';
  category: DocumentCategory;
  currentVersion?: Maybe<DocumentVersion>;
  id: Scalars['ID']['output'];
  project: Project;
  title: Scalars['String']['output'];
  versions: Array<DocumentVersion>;
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

export type GatewayUnavailable = UserError & {
  __typename?: 'GatewayUnavailable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type InfrastructureKind =
  | 'INTERCHANGE'
  | 'NONE'
  | 'PORT'
  | 'RIVER_BRIDGE'
  | 'STATION'
  | 'SUBWAY'
  | 'TUNNEL';

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

export type InvalidRefreshToken = UserError & {
  __typename?: 'InvalidRefreshToken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
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

export type LoginResult = InvalidCredentials | LoginSuccess | RateLimited;

export type LoginSuccess = {
  __typename?: 'LoginSuccess';
  accessToken: Scalars['String']['output'];
  expiresIn: Scalars['Int']['output'];
  refreshToken: Scalars['String']['output'];
  user: User;
};

export type LogoutResult = InvalidRefreshToken | LogoutSuccess;

export type LogoutSuccess = {
  __typename?: 'LogoutSuccess';
  ok: Scalars['Boolean']['output'];
};

export type MonitoringRequirement = {
  __typename?: 'MonitoringRequirement';
  reasons: Array<RequirementReason>;
  required: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Create a scoped integration token (never wider than your own scope). */
  createApiToken: CreateApiTokenResult;
  login: LoginResult;
  /** End this session (and the given refresh token's). */
  logout: LogoutResult;
  /** Rotate a refresh token; reuse revokes the session. */
  refreshToken: RefreshResult;
  /** A short-lived ticket and WHEP URL to watch a camera live in the browser. */
  startLiveView: StartLiveViewResult;
};


export type MutationCreateApiTokenArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  operations: Array<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationStartLiveViewArgs = {
  cameraId: Scalars['ID']['input'];
  quality?: StreamQuality;
};

/** An object with an opaque global id, resolvable with `node(id:)`. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Organization = Node & {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
};

export type OrganizationKind =
  | 'CONSTRUCTION_UNIT'
  | 'CONTRACTOR'
  | 'PROVIDER'
  | 'SUPERVISOR';

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

export type Project = Node & {
  __typename?: 'Project';
  address: Scalars['String']['output'];
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
  /** Article 5: whether remote monitoring is mandatory for this project. */
  monitoringRequired: Scalars['Boolean']['output'];
  /** Article 5: the decision and every clause that applies. */
  monitoringRequirement: MonitoringRequirement;
  name: Scalars['String']['output'];
  /** 监控服务单位: installs and maintains the cameras (Art. 12, 16). */
  provider?: Maybe<Organization>;
  singleBuildingAreaM2: Scalars['Float']['output'];
  status: ProjectStatus;
  /** 监理单位: runs the site monitoring room (Art. 9). */
  supervisor?: Maybe<Organization>;
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

export type Query = {
  __typename?: 'Query';
  /** Alerts visible to you, newest first. */
  alerts: AlertConnection;
  /** Audit trail, newest first; a district center sees its district's events. */
  auditEvents: AuditEventConnection;
  /** Null when missing or out of scope. */
  camera?: Maybe<Camera>;
  city: City;
  district?: Maybe<District>;
  /** Districts in your scope. */
  districts: Array<District>;
  /** The logged-in user. */
  me: User;
  /** Article 5: would a project with these attributes have to be monitored, and why. */
  monitoringRequirement: MonitoringRequirement;
  /** Any object by global id; null when missing or out of scope. */
  node?: Maybe<Node>;
  /** Counts over your scope. */
  overview: Overview;
  /** Null when missing or out of scope. */
  project?: Maybe<Project>;
  /** Projects in your scope, by id. */
  projects: ProjectConnection;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unacknowledgedOnly?: Scalars['Boolean']['input'];
};


export type QueryAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCameraArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMonitoringRequirementArgs = {
  input: ProjectAttributesInput;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RateLimited = UserError & {
  __typename?: 'RateLimited';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  retryAfterSeconds: Scalars['Int']['output'];
};

export type RefreshResult = InvalidRefreshToken | RefreshSuccess;

export type RefreshSuccess = {
  __typename?: 'RefreshSuccess';
  accessToken: Scalars['String']['output'];
  expiresIn: Scalars['Int']['output'];
  refreshToken: Scalars['String']['output'];
};

export type RequirementReason = {
  __typename?: 'RequirementReason';
  article: Scalars['String']['output'];
  clause: Scalars['String']['output'];
  text: Scalars['String']['output'];
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

export type StartLiveViewResult = CameraNotFound | CameraUnavailable | GatewayUnavailable | LiveViewSession;

export type StreamQuality =
  | 'MAIN'
  | 'SUB';

export type Subscription = {
  __typename?: 'Subscription';
  /** Alerts visible to you, live. With `since` (an alert cursor) missed alerts come first. */
  alerts: Alert;
};


export type SubscriptionAlertsArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  /** The district the user is scoped to, if any. */
  district?: Maybe<District>;
  id: Scalars['ID']['output'];
  organization?: Maybe<Organization>;
  /** The project the user is scoped to, if any. */
  project?: Maybe<Project>;
  role: Role;
  username: Scalars['String']['output'];
};

/** An expected failure. Clients branch on `code`, never on `message`. */
export type UserError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type AlertsSubscriptionVariables = Exact<{
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertsSubscription = { __typename?: 'Subscription', alerts: { __typename?: 'Alert', id: string, kind: string, severity: string, title: string, message: string, createdAt: string, cursor: string, project?: { __typename?: 'Project', id: string, name: string } | null } };

export type CurrentUserFragment = { __typename?: 'User', id: string, username: string, role: Role, displayName: string, district?: { __typename?: 'District', id: string, name: string, nameEn: string } | null, project?: { __typename?: 'Project', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login:
    | { __typename: 'InvalidCredentials', code: string, message: string }
    | { __typename: 'LoginSuccess', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, username: string, role: Role, displayName: string } }
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

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { __typename?: 'Query', overview: { __typename?: 'Overview', districtCount: number, projectCount: number, cameraCount: number, camerasOnline: number, camerasOffline: number } };

export type DashboardProjectsQueryVariables = Exact<{
  districtId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, monitoringRequired: boolean, district: { __typename?: 'District', id: string, name: string, nameEn: string }, cameras: Array<{ __typename?: 'Camera', id: string, status: CameraStatus }> } }> } };

export type OrganizationFieldsFragment = { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind };

export type ProjectDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectDetailQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, code: string, name: string, address: string, status: ProjectStatus, governmentInvested: boolean, singleBuildingAreaM2: number, groupBuildingAreaM2: number, investmentCny: number, infrastructureKind: InfrastructureKind, wholeBuildingRelocation: boolean, monitoringRequired: boolean, district: { __typename?: 'District', id: string, name: string, nameEn: string }, monitoringRequirement: { __typename?: 'MonitoringRequirement', required: boolean, reasons: Array<{ __typename?: 'RequirementReason', article: string, clause: string, text: string }> }, constructionUnit?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, supervisor?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, contractor?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, provider?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, cameras: Array<{ __typename?: 'Camera', id: string, name: string, location: string, ptzCapable: boolean, status: CameraStatus }>, documents: Array<{ __typename?: 'Document', id: string, category: DocumentCategory, title: string, currentVersion?: { __typename?: 'DocumentVersion', version: number, filename: string, sizeBytes: number, uploadedAt: string, uploadedBy?: { __typename?: 'User', id: string, displayName: string } | null } | null }> } | null };

export type CameraDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CameraDetailQuery = { __typename?: 'Query', camera?: { __typename?: 'Camera', id: string, name: string, location: string, ptzCapable: boolean, status: CameraStatus, project: { __typename?: 'Project', id: string, code: string, name: string, district: { __typename?: 'District', id: string, name: string, nameEn: string } } } | null };

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

export const CurrentUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AlertsSubscription, AlertsSubscriptionVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtCount"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"camerasOnline"}},{"kind":"Field","name":{"kind":"Name","value":"camerasOffline"}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const DashboardProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequired"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardProjectsQuery, DashboardProjectsQueryVariables>;
export const ProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governmentInvested"}},{"kind":"Field","name":{"kind":"Name","value":"singleBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"groupBuildingAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCny"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureKind"}},{"kind":"Field","name":{"kind":"Name","value":"wholeBuildingRelocation"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequired"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const CameraDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CameraDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"camera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ptzCapable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CameraDetailQuery, CameraDetailQueryVariables>;
export const ScopeRootDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ScopeRootQuery, ScopeRootQueryVariables>;
export const DistrictProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRequired"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictProjectsQuery, DistrictProjectsQueryVariables>;
export const SearchProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchProjectsQuery, SearchProjectsQueryVariables>;