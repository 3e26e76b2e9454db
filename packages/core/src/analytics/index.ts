export { type Centrality, centrality } from './centrality.js';
export { type CommunityOptions, communities } from './communities.js';
export { type Mediation, mediatorsBetween } from './mediation.js';
export { relatedPairs } from './pairs.js';
export { type ShortestPathOptions, shortestPath } from './paths.js';
export { type ProjectedEdgeAttributes, undirectedProjection } from './projection.js';
export { DEFAULT_RANKING_LIMIT, strongestAlliances, strongestTensions } from './rankings.js';
export {
  MIXED_MINORITY_SHARE,
  RELATIONSHIP_LABELS,
  type RelationshipLabel,
  type RelationshipOptions,
  type RelationshipSummary,
  type Representatives,
  relationship,
  relationshipWith,
  representativesOf,
  signedEvidence,
  TIE_WEIGHTS,
  type TieCount,
} from './relationship.js';
export {
  actorTimeline,
  bucketOf,
  relationshipTimeline,
  TIMELINE_BUCKETS,
  type TimelineBucket,
  type TimelinePoint,
  timelineOf,
} from './timeline.js';
export { DEFAULT_TRIAD_LIMIT, type Triad, unbalancedTriads } from './triads.js';
