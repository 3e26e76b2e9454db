// The graph filter and its URL form: browser-safe (ontology only), served as `@entente/core/filter`.
export {
  filterWithoutNulls,
  GRAPH_FILTER_FIELDS,
  type GraphFilter,
  isIsoDate,
} from './filter.js';
export { type FilterQueryProblem, filterFromQuery, filterToQuery } from './query.js';
