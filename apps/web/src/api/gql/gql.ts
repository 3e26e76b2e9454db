/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Documents($first: Int, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        source\n        url\n        publishedAt\n        ingestedAt\n        relations {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      __typename\n      ... on Document {\n        id\n        title\n        source\n        url\n        publishedAt\n        ingestedAt\n        text\n        relations {\n          id\n          type\n          polarity\n          source {\n            ...ActorRef\n          }\n          target {\n            ...ActorRef\n          }\n          evidence {\n            start\n            end\n            quote\n            confidence\n            document {\n              id\n            }\n          }\n        }\n      }\n      ... on NotFoundError {\n        message\n        code\n        id\n      }\n    }\n  }\n": typeof types.DocumentDocument,
    "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id) {\n      __typename\n      ... on RemoveSuccess {\n        id\n        removedRelations\n      }\n      ... on NotFoundError {\n        message\n        code\n        id\n      }\n      ... on StorageError {\n        message\n        code\n      }\n    }\n  }\n": typeof types.RemoveDocumentDocument,
    "\n  fragment RankedPair on Relationship {\n    a { ...ActorRef }\n    b { ...ActorRef }\n    score\n    label\n    alignment { relations evidence }\n    engagement { relations evidence }\n    hostility { relations evidence }\n  }\n": typeof types.RankedPairFragmentDoc,
    "\n    query Alliances($limit: Int, $filter: GraphFilter) {\n      alliances(limit: $limit, filter: $filter) { ...RankedPair }\n    }\n  ": typeof types.AlliancesDocument,
    "\n    query Tensions($limit: Int, $filter: GraphFilter) {\n      tensions(limit: $limit, filter: $filter) { ...RankedPair }\n    }\n  ": typeof types.TensionsDocument,
    "\n  query Triads($limit: Int, $filter: GraphFilter) {\n    unbalancedTriads(limit: $limit, filter: $filter) {\n      actors { ...ActorRef }\n      signs\n    }\n  }\n": typeof types.TriadsDocument,
    "\n  query Path($from: ID!, $to: ID!, $polarity: Polarity) {\n    path(from: $from, to: $to, polarity: $polarity) {\n      __typename\n      ... on Path {\n        actors { ...ActorRef }\n        length\n        relations {\n          id\n          type\n          polarity\n          source { ...ActorRef }\n          target { ...ActorRef }\n        }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n": typeof types.PathDocument,
    "\n  fragment ActorRef on Actor {\n    id\n    name\n    kind\n  }\n": typeof types.ActorRefFragmentDoc,
    "\n  fragment DocumentRef on Document {\n    id\n    title\n    source\n    url\n    publishedAt\n  }\n": typeof types.DocumentRefFragmentDoc,
    "\n  fragment RelationFields on Relation {\n    id\n    type\n    polarity\n    directed\n    weight\n    firstSeen\n    lastSeen\n    source { ...ActorRef }\n    target { ...ActorRef }\n    evidenceCount\n    evidence(first: 100) {\n      quote\n      date\n      confidence\n      about\n      aboutActors { ...ActorRef }\n      document { ...DocumentRef }\n    }\n  }\n": typeof types.RelationFieldsFragmentDoc,
    "\n  query Graph {\n    graph(filter: { hideIsolated: false }) {\n      totalNodes\n      totalEdges\n      nodes { id label kind community degree centrality mentions }\n      edges { id source target type polarity directed weight firstSeen lastSeen }\n    }\n  }\n": typeof types.GraphDocument,
    "\n  query DatedEdges($since: DateTime, $until: DateTime) {\n    graph(filter: { since: $since, until: $until, hideIsolated: false }) { edges { id weight } }\n  }\n": typeof types.DatedEdgesDocument,
    "\n  query SearchActors($search: String!, $first: Int) {\n    actors(search: $search, first: $first) {\n      nodes { ...ActorRef }\n      totalCount\n    }\n  }\n": typeof types.SearchActorsDocument,
    "\n  query Actor($id: ID!, $filter: GraphFilter) {\n    actor(id: $id, filter: $filter) {\n      __typename\n      ... on Actor {\n        ...ActorRef\n        aliases\n        mentions\n        degree\n        community\n        centrality\n        affiliation { ...ActorRef }\n        relations { ...RelationFields }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n": typeof types.ActorDocument,
    "\n  query Relation($id: ID!, $filter: GraphFilter) {\n    relation(id: $id, filter: $filter) {\n      __typename\n      ... on Relation { ...RelationFields }\n      ... on NotFoundError { message code id }\n    }\n  }\n": typeof types.RelationDocument,
    "\n  query Relationship($a: ID!, $b: ID!, $rollup: Boolean, $filter: GraphFilter) {\n    relationship(a: $a, b: $b, rollup: $rollup, filter: $filter) {\n      __typename\n      ... on Relationship {\n        ...RankedPair\n        relations { ...RelationFields }\n        mediators { mediator { ...ActorRef } evidence }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n": typeof types.RelationshipDocument,
    "\n  fragment IngestOutcome on IngestResult {\n    __typename\n    ... on IngestSuccess {\n      created\n      document { ...DocumentRef }\n      relations { id type }\n      added { id }\n      strengthened { id }\n      actors { id name }\n    }\n    ... on InvalidInputError { message code field }\n    ... on TooLargeError { message code limit actual field }\n    ... on UserError { message code }\n  }\n": typeof types.IngestOutcomeFragmentDoc,
    "\n  mutation Ingest($input: ArticleInput!) {\n    ingestArticle(input: $input) { ...IngestOutcome }\n  }\n": typeof types.IngestDocument,
    "\n  query EvidenceTimeline($filter: GraphFilter) {\n    evidenceTimeline(filter: $filter) {\n      first\n      last\n      undated\n      days { date alignment engagement hostility role }\n    }\n  }\n": typeof types.EvidenceTimelineDocument,
    "\n  query Sources {\n    documents(first: 500) {\n      totalCount\n      nodes { source publishedAt }\n    }\n  }\n": typeof types.SourcesDocument,
    "\n  mutation PreviewUrl($url: String!) {\n    previewUrl(url: $url) {\n      __typename\n      ... on UrlPreview {\n        url\n        canonicalUrl\n        title\n        outlet\n        author\n        publishedAt\n        text\n        existingDocument { id title }\n      }\n      ... on FetchError { message code reason url status }\n    }\n  }\n": typeof types.PreviewUrlDocument,
    "\n  mutation IngestUrl($url: String!) {\n    ingestUrl(url: $url) {\n      ...IngestOutcome\n      ... on FetchError { reason url status }\n    }\n  }\n": typeof types.IngestUrlDocument,
    "\n  fragment FeedFields on Feed {\n    id\n    url\n    title\n    addedAt\n    lastPolledAt\n    lastSuccessAt\n    lastError\n    failures\n    nextPollAt\n    items\n    documents\n  }\n": typeof types.FeedFieldsFragmentDoc,
    "\n  query Feeds {\n    feeds { ...FeedFields }\n  }\n": typeof types.FeedsDocument,
    "\n  mutation AddFeed($url: String!) {\n    addFeed(url: $url) {\n      __typename\n      ... on Feed { ...FeedFields }\n      ... on FetchError { message code reason url status }\n    }\n  }\n": typeof types.AddFeedDocument,
    "\n  mutation RemoveFeed($id: ID!) {\n    removeFeed(id: $id) { __typename }\n  }\n": typeof types.RemoveFeedDocument,
};
const documents: Documents = {
    "\n  query Documents($first: Int, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        source\n        url\n        publishedAt\n        ingestedAt\n        relations {\n          id\n        }\n      }\n    }\n  }\n": types.DocumentsDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      __typename\n      ... on Document {\n        id\n        title\n        source\n        url\n        publishedAt\n        ingestedAt\n        text\n        relations {\n          id\n          type\n          polarity\n          source {\n            ...ActorRef\n          }\n          target {\n            ...ActorRef\n          }\n          evidence {\n            start\n            end\n            quote\n            confidence\n            document {\n              id\n            }\n          }\n        }\n      }\n      ... on NotFoundError {\n        message\n        code\n        id\n      }\n    }\n  }\n": types.DocumentDocument,
    "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id) {\n      __typename\n      ... on RemoveSuccess {\n        id\n        removedRelations\n      }\n      ... on NotFoundError {\n        message\n        code\n        id\n      }\n      ... on StorageError {\n        message\n        code\n      }\n    }\n  }\n": types.RemoveDocumentDocument,
    "\n  fragment RankedPair on Relationship {\n    a { ...ActorRef }\n    b { ...ActorRef }\n    score\n    label\n    alignment { relations evidence }\n    engagement { relations evidence }\n    hostility { relations evidence }\n  }\n": types.RankedPairFragmentDoc,
    "\n    query Alliances($limit: Int, $filter: GraphFilter) {\n      alliances(limit: $limit, filter: $filter) { ...RankedPair }\n    }\n  ": types.AlliancesDocument,
    "\n    query Tensions($limit: Int, $filter: GraphFilter) {\n      tensions(limit: $limit, filter: $filter) { ...RankedPair }\n    }\n  ": types.TensionsDocument,
    "\n  query Triads($limit: Int, $filter: GraphFilter) {\n    unbalancedTriads(limit: $limit, filter: $filter) {\n      actors { ...ActorRef }\n      signs\n    }\n  }\n": types.TriadsDocument,
    "\n  query Path($from: ID!, $to: ID!, $polarity: Polarity) {\n    path(from: $from, to: $to, polarity: $polarity) {\n      __typename\n      ... on Path {\n        actors { ...ActorRef }\n        length\n        relations {\n          id\n          type\n          polarity\n          source { ...ActorRef }\n          target { ...ActorRef }\n        }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n": types.PathDocument,
    "\n  fragment ActorRef on Actor {\n    id\n    name\n    kind\n  }\n": types.ActorRefFragmentDoc,
    "\n  fragment DocumentRef on Document {\n    id\n    title\n    source\n    url\n    publishedAt\n  }\n": types.DocumentRefFragmentDoc,
    "\n  fragment RelationFields on Relation {\n    id\n    type\n    polarity\n    directed\n    weight\n    firstSeen\n    lastSeen\n    source { ...ActorRef }\n    target { ...ActorRef }\n    evidenceCount\n    evidence(first: 100) {\n      quote\n      date\n      confidence\n      about\n      aboutActors { ...ActorRef }\n      document { ...DocumentRef }\n    }\n  }\n": types.RelationFieldsFragmentDoc,
    "\n  query Graph {\n    graph(filter: { hideIsolated: false }) {\n      totalNodes\n      totalEdges\n      nodes { id label kind community degree centrality mentions }\n      edges { id source target type polarity directed weight firstSeen lastSeen }\n    }\n  }\n": types.GraphDocument,
    "\n  query DatedEdges($since: DateTime, $until: DateTime) {\n    graph(filter: { since: $since, until: $until, hideIsolated: false }) { edges { id weight } }\n  }\n": types.DatedEdgesDocument,
    "\n  query SearchActors($search: String!, $first: Int) {\n    actors(search: $search, first: $first) {\n      nodes { ...ActorRef }\n      totalCount\n    }\n  }\n": types.SearchActorsDocument,
    "\n  query Actor($id: ID!, $filter: GraphFilter) {\n    actor(id: $id, filter: $filter) {\n      __typename\n      ... on Actor {\n        ...ActorRef\n        aliases\n        mentions\n        degree\n        community\n        centrality\n        affiliation { ...ActorRef }\n        relations { ...RelationFields }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n": types.ActorDocument,
    "\n  query Relation($id: ID!, $filter: GraphFilter) {\n    relation(id: $id, filter: $filter) {\n      __typename\n      ... on Relation { ...RelationFields }\n      ... on NotFoundError { message code id }\n    }\n  }\n": types.RelationDocument,
    "\n  query Relationship($a: ID!, $b: ID!, $rollup: Boolean, $filter: GraphFilter) {\n    relationship(a: $a, b: $b, rollup: $rollup, filter: $filter) {\n      __typename\n      ... on Relationship {\n        ...RankedPair\n        relations { ...RelationFields }\n        mediators { mediator { ...ActorRef } evidence }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n": types.RelationshipDocument,
    "\n  fragment IngestOutcome on IngestResult {\n    __typename\n    ... on IngestSuccess {\n      created\n      document { ...DocumentRef }\n      relations { id type }\n      added { id }\n      strengthened { id }\n      actors { id name }\n    }\n    ... on InvalidInputError { message code field }\n    ... on TooLargeError { message code limit actual field }\n    ... on UserError { message code }\n  }\n": types.IngestOutcomeFragmentDoc,
    "\n  mutation Ingest($input: ArticleInput!) {\n    ingestArticle(input: $input) { ...IngestOutcome }\n  }\n": types.IngestDocument,
    "\n  query EvidenceTimeline($filter: GraphFilter) {\n    evidenceTimeline(filter: $filter) {\n      first\n      last\n      undated\n      days { date alignment engagement hostility role }\n    }\n  }\n": types.EvidenceTimelineDocument,
    "\n  query Sources {\n    documents(first: 500) {\n      totalCount\n      nodes { source publishedAt }\n    }\n  }\n": types.SourcesDocument,
    "\n  mutation PreviewUrl($url: String!) {\n    previewUrl(url: $url) {\n      __typename\n      ... on UrlPreview {\n        url\n        canonicalUrl\n        title\n        outlet\n        author\n        publishedAt\n        text\n        existingDocument { id title }\n      }\n      ... on FetchError { message code reason url status }\n    }\n  }\n": types.PreviewUrlDocument,
    "\n  mutation IngestUrl($url: String!) {\n    ingestUrl(url: $url) {\n      ...IngestOutcome\n      ... on FetchError { reason url status }\n    }\n  }\n": types.IngestUrlDocument,
    "\n  fragment FeedFields on Feed {\n    id\n    url\n    title\n    addedAt\n    lastPolledAt\n    lastSuccessAt\n    lastError\n    failures\n    nextPollAt\n    items\n    documents\n  }\n": types.FeedFieldsFragmentDoc,
    "\n  query Feeds {\n    feeds { ...FeedFields }\n  }\n": types.FeedsDocument,
    "\n  mutation AddFeed($url: String!) {\n    addFeed(url: $url) {\n      __typename\n      ... on Feed { ...FeedFields }\n      ... on FetchError { message code reason url status }\n    }\n  }\n": types.AddFeedDocument,
    "\n  mutation RemoveFeed($id: ID!) {\n    removeFeed(id: $id) { __typename }\n  }\n": types.RemoveFeedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($first: Int, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        source\n        url\n        publishedAt\n        ingestedAt\n        relations {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Document($id: ID!) {\n    document(id: $id) {\n      __typename\n      ... on Document {\n        id\n        title\n        source\n        url\n        publishedAt\n        ingestedAt\n        text\n        relations {\n          id\n          type\n          polarity\n          source {\n            ...ActorRef\n          }\n          target {\n            ...ActorRef\n          }\n          evidence {\n            start\n            end\n            quote\n            confidence\n            document {\n              id\n            }\n          }\n        }\n      }\n      ... on NotFoundError {\n        message\n        code\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').DocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id) {\n      __typename\n      ... on RemoveSuccess {\n        id\n        removedRelations\n      }\n      ... on NotFoundError {\n        message\n        code\n        id\n      }\n      ... on StorageError {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').RemoveDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RankedPair on Relationship {\n    a { ...ActorRef }\n    b { ...ActorRef }\n    score\n    label\n    alignment { relations evidence }\n    engagement { relations evidence }\n    hostility { relations evidence }\n  }\n"): typeof import('./graphql.js').RankedPairFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Alliances($limit: Int, $filter: GraphFilter) {\n      alliances(limit: $limit, filter: $filter) { ...RankedPair }\n    }\n  "): typeof import('./graphql.js').AlliancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Tensions($limit: Int, $filter: GraphFilter) {\n      tensions(limit: $limit, filter: $filter) { ...RankedPair }\n    }\n  "): typeof import('./graphql.js').TensionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Triads($limit: Int, $filter: GraphFilter) {\n    unbalancedTriads(limit: $limit, filter: $filter) {\n      actors { ...ActorRef }\n      signs\n    }\n  }\n"): typeof import('./graphql.js').TriadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($from: ID!, $to: ID!, $polarity: Polarity) {\n    path(from: $from, to: $to, polarity: $polarity) {\n      __typename\n      ... on Path {\n        actors { ...ActorRef }\n        length\n        relations {\n          id\n          type\n          polarity\n          source { ...ActorRef }\n          target { ...ActorRef }\n        }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n"): typeof import('./graphql.js').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorRef on Actor {\n    id\n    name\n    kind\n  }\n"): typeof import('./graphql.js').ActorRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentRef on Document {\n    id\n    title\n    source\n    url\n    publishedAt\n  }\n"): typeof import('./graphql.js').DocumentRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationFields on Relation {\n    id\n    type\n    polarity\n    directed\n    weight\n    firstSeen\n    lastSeen\n    source { ...ActorRef }\n    target { ...ActorRef }\n    evidenceCount\n    evidence(first: 100) {\n      quote\n      date\n      confidence\n      about\n      aboutActors { ...ActorRef }\n      document { ...DocumentRef }\n    }\n  }\n"): typeof import('./graphql.js').RelationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Graph {\n    graph(filter: { hideIsolated: false }) {\n      totalNodes\n      totalEdges\n      nodes { id label kind community degree centrality mentions }\n      edges { id source target type polarity directed weight firstSeen lastSeen }\n    }\n  }\n"): typeof import('./graphql.js').GraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatedEdges($since: DateTime, $until: DateTime) {\n    graph(filter: { since: $since, until: $until, hideIsolated: false }) { edges { id weight } }\n  }\n"): typeof import('./graphql.js').DatedEdgesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchActors($search: String!, $first: Int) {\n    actors(search: $search, first: $first) {\n      nodes { ...ActorRef }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').SearchActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Actor($id: ID!, $filter: GraphFilter) {\n    actor(id: $id, filter: $filter) {\n      __typename\n      ... on Actor {\n        ...ActorRef\n        aliases\n        mentions\n        degree\n        community\n        centrality\n        affiliation { ...ActorRef }\n        relations { ...RelationFields }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n"): typeof import('./graphql.js').ActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Relation($id: ID!, $filter: GraphFilter) {\n    relation(id: $id, filter: $filter) {\n      __typename\n      ... on Relation { ...RelationFields }\n      ... on NotFoundError { message code id }\n    }\n  }\n"): typeof import('./graphql.js').RelationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Relationship($a: ID!, $b: ID!, $rollup: Boolean, $filter: GraphFilter) {\n    relationship(a: $a, b: $b, rollup: $rollup, filter: $filter) {\n      __typename\n      ... on Relationship {\n        ...RankedPair\n        relations { ...RelationFields }\n        mediators { mediator { ...ActorRef } evidence }\n      }\n      ... on NotFoundError { message code id }\n    }\n  }\n"): typeof import('./graphql.js').RelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IngestOutcome on IngestResult {\n    __typename\n    ... on IngestSuccess {\n      created\n      document { ...DocumentRef }\n      relations { id type }\n      added { id }\n      strengthened { id }\n      actors { id name }\n    }\n    ... on InvalidInputError { message code field }\n    ... on TooLargeError { message code limit actual field }\n    ... on UserError { message code }\n  }\n"): typeof import('./graphql.js').IngestOutcomeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ingest($input: ArticleInput!) {\n    ingestArticle(input: $input) { ...IngestOutcome }\n  }\n"): typeof import('./graphql.js').IngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceTimeline($filter: GraphFilter) {\n    evidenceTimeline(filter: $filter) {\n      first\n      last\n      undated\n      days { date alignment engagement hostility role }\n    }\n  }\n"): typeof import('./graphql.js').EvidenceTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources {\n    documents(first: 500) {\n      totalCount\n      nodes { source publishedAt }\n    }\n  }\n"): typeof import('./graphql.js').SourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewUrl($url: String!) {\n    previewUrl(url: $url) {\n      __typename\n      ... on UrlPreview {\n        url\n        canonicalUrl\n        title\n        outlet\n        author\n        publishedAt\n        text\n        existingDocument { id title }\n      }\n      ... on FetchError { message code reason url status }\n    }\n  }\n"): typeof import('./graphql.js').PreviewUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestUrl($url: String!) {\n    ingestUrl(url: $url) {\n      ...IngestOutcome\n      ... on FetchError { reason url status }\n    }\n  }\n"): typeof import('./graphql.js').IngestUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedFields on Feed {\n    id\n    url\n    title\n    addedAt\n    lastPolledAt\n    lastSuccessAt\n    lastError\n    failures\n    nextPollAt\n    items\n    documents\n  }\n"): typeof import('./graphql.js').FeedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feeds {\n    feeds { ...FeedFields }\n  }\n"): typeof import('./graphql.js').FeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFeed($url: String!) {\n    addFeed(url: $url) {\n      __typename\n      ... on Feed { ...FeedFields }\n      ... on FetchError { message code reason url status }\n    }\n  }\n"): typeof import('./graphql.js').AddFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFeed($id: ID!) {\n    removeFeed(id: $id) { __typename }\n  }\n"): typeof import('./graphql.js').RemoveFeedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
