export * from './config';
export {
  attachWarnings,
  findClusters,
  matchCustomers,
  matchStateOf,
  rematchRows,
  relabelClusters,
} from './find-clusters';
export type {
  Cluster,
  MatchEvidence,
  MatchOptions,
  MatchResult,
  MatchState,
  MatchStats,
  BlockingRuleStats,
  NotSameRef,
  PlaceholderKey,
  SuspiciousPair,
} from './find-clusters';
