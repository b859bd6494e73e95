import { partialMatchKey, type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { operationOf } from './operation';

/**
 * Every query the web caches, by name: its GraphQL operation name, the first
 * part of its cache key. A mutation names what it changed from here, so a
 * renamed or removed query is a type error, not a page that quietly stops
 * refreshing (query-keys.spec.ts checks every query document is listed).
 */
export const QueryKeys = {
  AccessRequests: 'AccessRequests',
  /** A council's digital ambition map, and what its editors may give as evidence. */
  AmbitionEvidenceOptions: 'AmbitionEvidenceOptions',
  AmbitionMap: 'AmbitionMap',
  AmbitionMapHistory: 'AmbitionMapHistory',
  /** The sector map: aggregates of every council's ambition map. */
  SectorMap: 'SectorMap',
  /** Councils like mine: a council's own map beside its peers' aggregate. */
  CouncilPeers: 'CouncilPeers',
  /** One sector map cell opened: its figures and the published work behind it. */
  SectorMapCell: 'SectorMapCell',
  /** The next page of one of a cell's lists (its case studies, components or willing councils). */
  SectorMapCellList: 'SectorMapCellList',
  AuditEvents: 'AuditEvents',
  /** Our business case from peers (read only: nothing invalidates it). */
  BusinessCase: 'BusinessCase',
  CaseStudy: 'CaseStudy',
  CaseStudyAttachments: 'CaseStudyAttachments',
  CaseStudyCouncilOptions: 'CaseStudyCouncilOptions',
  CaseStudyDiff: 'CaseStudyDiff',
  /** The filters search offers for case studies: changes with who is signed in, not with records. */
  CaseStudyFilters: 'CaseStudyFilters',
  CaseStudyList: 'CaseStudyList',
  CaseStudyRevisions: 'CaseStudyRevisions',
  Component: 'Component',
  ComponentCatalogue: 'ComponentCatalogue',
  ComponentCouncilOptions: 'ComponentCouncilOptions',
  ContractBuyerCouncilOptions: 'ContractBuyerCouncilOptions',
  ContractBuyerDecisions: 'ContractBuyerDecisions',
  ContractPage: 'ContractPage',
  Council: 'Council',
  CouncilCaseStudies: 'CouncilCaseStudies',
  CouncilComponents: 'CouncilComponents',
  CouncilContracts: 'CouncilContracts',
  CouncilContacts: 'CouncilContacts',
  CouncilDomains: 'CouncilDomains',
  CouncilInvitations: 'CouncilInvitations',
  CouncilMapPoints: 'CouncilMapPoints',
  CouncilMembers: 'CouncilMembers',
  CouncilRenewalRadar: 'CouncilRenewalRadar',
  CouncilSupplierExperiences: 'CouncilSupplierExperiences',
  Councils: 'Councils',
  /** The home page's figures (counted by the API under search's rules for a visitor). */
  FrontDoorFigures: 'FrontDoorFigures',
  FrontDoorLists: 'FrontDoorLists',
  EditProcurementGroup: 'EditProcurementGroup',
  /** Which emails the viewer receives. */
  EmailPreferences: 'EmailPreferences',
  /** What the viewer follows (every follow button reads it). */
  Following: 'Following',
  /** The newest notifications of what the viewer follows (the home page's "for you"). */
  FollowedNews: 'FollowedNews',
  /** The viewer's council on the renewal radar, for the home page's "for you". */
  ForYouRenewals: 'ForYouRenewals',
  MyAccessRequests: 'MyAccessRequests',
  MyCouncilSupplierExperiences: 'MyCouncilSupplierExperiences',
  MyCouncilQuestions: 'MyCouncilQuestions',
  MyData: 'MyData',
  Notifications: 'Notifications',
  ProcurementGroup: 'ProcurementGroup',
  ProcurementGroupSuggestedCouncils: 'ProcurementGroupSuggestedCouncils',
  ProcurementGroupWorkspace: 'ProcurementGroupWorkspace',
  ProcurementGroups: 'ProcurementGroups',
  Search: 'Search',
  SearchFacetCounts: 'SearchFacetCounts',
  SearchFilterCouncil: 'SearchFilterCouncil',
  /** What search offers the reader (content types, facets, sorts): changes with who is signed in, not with records. */
  SearchOptions: 'SearchOptions',
  SearchStatus: 'SearchStatus',
  SubjectQuestions: 'SubjectQuestions',
  SupplierContracts: 'SupplierContracts',
  SupplierExperience: 'SupplierExperience',
  SupplierModerationQueue: 'SupplierModerationQueue',
  SupplierName: 'SupplierName',
  SupplierPage: 'SupplierPage',
  Suppliers: 'Suppliers',
  /** A topic's page: its counts and short lists (public only, as search finds them for a visitor). */
  TopicPage: 'TopicPage',
  /** Every topic with its counts. */
  Topics: 'Topics',
  UnmatchedContractBuyers: 'UnmatchedContractBuyers',
  UnreadNotificationCount: 'UnreadNotificationCount',
  Viewer: 'Viewer',
} as const;

export type QueryName = (typeof QueryKeys)[keyof typeof QueryKeys];

const {
  CaseStudyList,
  FrontDoorFigures,
  FrontDoorLists,
  Search,
  SearchFacetCounts,
  SearchFilterCouncil,
  SearchStatus,
  TopicPage,
  Topics,
} = QueryKeys;

/**
 * The queries over what search finds (and the home page's figures, counted
 * under the same rules): any change to a searchable record makes them stale.
 */
const SEARCH: readonly QueryName[] = [
  Search,
  SearchFacetCounts,
  SearchFilterCouncil,
  SearchStatus,
  FrontDoorFigures,
  FrontDoorLists,
  CaseStudyList,
  TopicPage,
  Topics,
];

/**
 * What each kind of change makes stale, by name: the one place to add a new
 * query that shows these records.
 */
export const StaleAfter = {
  /** An objective of a council's digital ambition map saved, or the map published or made private. */
  ambitionMapChange: [
    QueryKeys.AmbitionMap,
    QueryKeys.AmbitionMapHistory,
    QueryKeys.SectorMap,
    QueryKeys.CouncilPeers,
    QueryKeys.SectorMapCell,
    QueryKeys.SectorMapCellList,
  ],
  /** A case study saved, submitted, published or withdrawn. */
  caseStudyChange: [
    QueryKeys.CaseStudy,
    QueryKeys.CaseStudyRevisions,
    QueryKeys.CaseStudyDiff,
    QueryKeys.CouncilCaseStudies,
    QueryKeys.SectorMapCell,
    QueryKeys.SectorMapCellList,
    ...SEARCH,
  ],
  /** A council invited to co-author a case study, or answering, withdrawn or leaving. */
  coAuthorshipChange: [
    QueryKeys.CaseStudy,
    QueryKeys.CouncilCaseStudies,
    QueryKeys.CouncilInvitations,
    ...SEARCH,
  ],
  /** A component (or an adoption, or who maintains it) changed. */
  componentChange: [
    QueryKeys.Component,
    QueryKeys.CouncilComponents,
    QueryKeys.ComponentCatalogue,
    QueryKeys.CouncilInvitations,
    QueryKeys.SectorMapCell,
    QueryKeys.SectorMapCellList,
    ...SEARCH,
  ],
  /** A platform admin matched or rejected a contract buyer name, or undid that. */
  // A decision moves contracts between councils: their pages' lists change too.
  contractBuyerChange: [
    QueryKeys.UnmatchedContractBuyers,
    QueryKeys.ContractBuyerDecisions,
    QueryKeys.ContractPage,
    QueryKeys.CouncilContracts,
  ],
  /** Something followed or unfollowed, a search saved, or a follow's digest changed. */
  followChange: [QueryKeys.Following],
  /** The viewer turned a kind of email on or off. */
  emailPreferencesChange: [QueryKeys.EmailPreferences],
  /** Notifications marked read. */
  notificationChange: [
    QueryKeys.Notifications,
    QueryKeys.FollowedNews,
    QueryKeys.UnreadNotificationCount,
  ],
  /** A council answered an invitation to co-author or co-maintain, from its own page. */
  invitationAnswered: [
    QueryKeys.CouncilInvitations,
    QueryKeys.CouncilCaseStudies,
    QueryKeys.CouncilComponents,
    QueryKeys.CaseStudy,
    QueryKeys.Component,
  ],
  /** A question asked or answered (about a case study or component). */
  questionChange: [
    QueryKeys.SubjectQuestions,
    QueryKeys.MyCouncilQuestions,
    // A component shows how many questions it was asked lately.
    QueryKeys.Component,
    ...SEARCH,
  ],
  /** Any change to a procurement group: its stage, members, interest or documents. */
  procurementGroupChange: [
    QueryKeys.ProcurementGroup,
    QueryKeys.ProcurementGroupSuggestedCouncils,
    QueryKeys.ProcurementGroupWorkspace,
    QueryKeys.ProcurementGroups,
    // The groups the radar suggests leave it once the council is in them.
    QueryKeys.ForYouRenewals,
    ...SEARCH,
  ],
} as const satisfies Record<string, readonly QueryName[]>;

/** The cache key of a query: its name, then its variables (a part of them matches more). */
export const queryKey = (name: QueryName, variables?: object): readonly unknown[] =>
  variables === undefined ? [name] : [name, variables];

/** The name a query document is cached under. */
export function queryNameOf(document: { toString(): string }): QueryName {
  return operationOf(document).name as QueryName;
}

export interface InvalidateOptions {
  /** A key (name and some variables) to leave as it is, say one whose new data is already set. */
  keep?: readonly unknown[];
}

/**
 * Marks every cached query with one of these names stale, whatever its
 * variables, and fetches again those on the page.
 */
export function invalidateQueries(
  client: QueryClient,
  names: readonly QueryName[],
  { keep }: InvalidateOptions = {},
): Promise<void> {
  const named = new Set<unknown>(names);
  return client.invalidateQueries({
    predicate: (query) =>
      named.has(query.queryKey[0]) && !(keep && partialMatchKey(query.queryKey, keep)),
  });
}

/** `invalidateQueries` with the page's query client. */
export function useInvalidateQueries(): (
  names: readonly QueryName[],
  options?: InvalidateOptions,
) => Promise<void> {
  const client = useQueryClient();
  return useCallback((names, options) => invalidateQueries(client, names, options), [client]);
}
