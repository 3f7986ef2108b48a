import type { MessageEntry } from './entry.ts';

/** Catalogue section: endpoints. Keys are rule ids; see ../messages.ts. */
export const endpointsMessages = {
} as const satisfies Record<string, MessageEntry>;
