import type { MessageEntry } from './entry.ts';

/** Catalogue section: parameters. Keys are rule ids; see ../messages.ts. */
export const parametersMessages = {
} as const satisfies Record<string, MessageEntry>;
