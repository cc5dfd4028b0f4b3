export * from './config';
export {
  attachWarnings,
  byPossibleRank,
  capPossible,
  findClusters,
  matchCustomers,
  matchStateOf,
  rematchRows,
  relabelClusters,
} from './find-clusters';
export { possibleJson, type PossibleJson } from './possible-json';
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
  PossiblePair,
} from './find-clusters';
