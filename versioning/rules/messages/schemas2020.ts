import type { MessageEntry } from './entry.ts';

/** Catalogue section: schemas2020. Keys are rule ids; see ../messages.ts. */
export const schemas2020Messages = {
} as const satisfies Record<string, MessageEntry>;
