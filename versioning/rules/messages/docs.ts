import type { MessageEntry } from './entry.ts';

/** Catalogue section: docs. Keys are rule ids; see ../messages.ts. */
export const docsMessages = {
} as const satisfies Record<string, MessageEntry>;
