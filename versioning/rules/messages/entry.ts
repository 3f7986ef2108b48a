/** One catalogue entry: the message template (with `{placeholders}`), a description and, for breaking rules, a
 * mitigation. */
export interface MessageEntry {
  readonly message: string;
  readonly description: string;
  readonly mitigation?: string;
}
