// @entente/sources: the outside world's pages and feeds, read safely into articles. Knows nothing of the
// store: the API and its commands persist what it returns.
export { allowPrivateFromEnv, isPublicAddress } from './address-guard.js';
export { type ExtractedArticle, extractArticle, htmlToText } from './article.js';
export { decodeBody } from './charset.js';
export { SourceError, type SourceErrorCode } from './errors.js';
export { type FeedItem, FULL_CONTENT_MIN_CHARS, type ParsedFeed, parseFeedDocument } from './feed.js';
export { DEFAULT_USER_AGENT, type FetchedResource, type FetchOptions, fetchResource } from './fetch.js';
export { type PageMetadata, readMetadata } from './metadata.js';
export { DEFAULT_SCHEDULE, HostRateLimiter, nextPollDelay, type PollSchedule } from './politeness.js';
export {
  contentHash,
  type FeedFetchOutcome,
  type FeedFetchState,
  fetchFeed,
  readArticle,
  readFeedItem,
} from './read.js';
export { normalizeUrl, parseHttpUrl } from './url.js';
