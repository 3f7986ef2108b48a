import type { MessageEntry } from './entry.ts';

/** Catalogue section: schemas. Keys are rule ids; see ../messages.ts. */
export const schemasMessages = {
} as const satisfies Record<string, MessageEntry>;
