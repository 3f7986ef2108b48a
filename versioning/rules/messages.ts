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
import { bodiesMessages } from './messages/bodies.ts';
import { callbacksMessages } from './messages/callbacks.ts';
import { docsMessages } from './messages/docs.ts';
import { endpointsMessages } from './messages/endpoints.ts';
import { negatedMessages } from './messages/negated.ts';
import { parametersMessages } from './messages/parameters.ts';
import { schemas2020Messages } from './messages/schemas2020.ts';
import { schemasMessages } from './messages/schemas.ts';

export type { MessageEntry } from './messages/entry.ts';

// Object.assign (nested, for its typed overloads of up to three sources) rather than an object
// spread: the same object, but a spread of ~680 keys costs several ms at start-up, Object.assign
// well under one. Each section is checked against MessageEntry where it is written.
export const MESSAGES = Object.assign(
  Object.assign(
    Object.assign({}, endpointsMessages, parametersMessages, bodiesMessages),
    schemasMessages,
    schemas2020Messages,
    negatedMessages,
  ),
  docsMessages,
  callbacksMessages,
);

export type RuleId = keyof typeof MESSAGES;
