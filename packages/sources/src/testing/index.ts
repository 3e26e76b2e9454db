// `@entente/sources/testing`: pages and feeds written for Entente's tests (never copied from an outlet),
// in the shapes real news sites use, and a loopback HTTP server to serve them. The API's tests, its
// benchmarks and the web app's browser tests read the same fixtures.
export * from './articles.js';
export * from './fixture-server.js';
