export * from './config';
export { findClusters, matchCustomers } from './find-clusters';
export { possibleJson, type PossibleJson } from './possible-json';
export type {
  Cluster,
  MatchEvidence,
  MatchOptions,
  MatchResult,
  MatchStats,
  BlockingRuleStats,
  NotSameRef,
  PlaceholderKey,
  SuspiciousPair,
  PossiblePair,
} from './find-clusters';
