export {
  createApp,
  etagOf,
  ifMatchMatches,
  encodeCursor,
  decodeCursor,
  ifNoneMatchMatches,
  toFieldErrors,
  DEFAULT_BODY_LIMIT,
} from './app.ts';
export type { AppOptions, Logger } from './app.ts';
export { InMemoryUserStore, DuplicateEmailError, PreconditionFailedError, UnknownCursorError } from './store.ts';
export type {
  User,
  UserInput,
  UserStore,
  UserPage,
  ListOptions,
  InMemoryUserStoreOptions,
  WritePrecondition,
} from './store.ts';
export { PROBLEM_TYPES, PROBLEM_CONTENT_TYPE, sendProblem } from './problem.ts';
export type { Problem, FieldError, FieldLocation } from './problem.ts';
export { OPENAPI_PATH, loadOpenApiDocument } from './spec.ts';
export type { OpenApiDocument } from './spec.ts';
export { startProvider, drainingClose, readListenEnv, DEFAULT_PORT, DEFAULT_HOST } from './server.ts';
export type { RunningProvider, StartOptions } from './server.ts';
