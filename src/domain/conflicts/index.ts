export * from './config';
export { findClusters, matchCustomers } from './find-clusters';
export type {
  Cluster,
  MatchEvidence,
  MatchOptions,
  MatchResult,
  MatchStats,
  NotSameRef,
  PlaceholderKey,
  SuspiciousPair,
} from './find-clusters';
