import type { MessageEntry } from './entry.ts';

/** Catalogue section: bodies. Keys are rule ids; see ../messages.ts. */
export const bodiesMessages = {
} as const satisfies Record<string, MessageEntry>;
