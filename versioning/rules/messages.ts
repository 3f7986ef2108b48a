/**
 * The one message catalogue: every rule id's message template, description and mitigation.
 * It is kept in sections (one file per area under messages/) so that families can be written
 * side by side, and merged here; `RuleId` is the union of every registered id, so a misspelt id
 * does not compile.
 *
 * Message templates name the operation implicitly (the framework prefixes `GET /path: `) and
 * use `{where}` (e.g. "property `a.b` of the 200 response body") and `{property}` placeholders
 * filled by the schema-site helpers.
 */
import type { MessageEntry } from './messages/entry.ts';
import { bodiesMessages } from './messages/bodies.ts';
import { callbacksMessages } from './messages/callbacks.ts';
import { docsMessages } from './messages/docs.ts';
import { endpointsMessages } from './messages/endpoints.ts';
import { negatedMessages } from './messages/negated.ts';
import { parametersMessages } from './messages/parameters.ts';
import { schemas2020Messages } from './messages/schemas2020.ts';
import { schemasMessages } from './messages/schemas.ts';

export type { MessageEntry } from './messages/entry.ts';

export const MESSAGES = {
  ...endpointsMessages,
  ...parametersMessages,
  ...bodiesMessages,
  ...schemasMessages,
  ...schemas2020Messages,
  ...negatedMessages,
  ...docsMessages,
  ...callbacksMessages,
} as const satisfies Record<string, MessageEntry>;

export type RuleId = keyof typeof MESSAGES;
