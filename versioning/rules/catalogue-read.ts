/**
 * The catalogue as the code that runs reads it: through functions, called when a run needs a rule's
 * entry or definition, never at load. Here they return catalogue.ts's tables. In the CLI bundle
 * (scripts/build-cli.mjs) the tables are a module of their own that the first call builds (the
 * bundler's lazy module initialisation), so a run that reads no rule (a diff with nothing to report,
 * `--help`) never builds the ~680 entries.
 */
import { CATALOGUE, SECTIONS, type RuleEntry } from './catalogue.ts';

/** Every rule's entry, by id. */
export function catalogue(): Readonly<Record<string, RuleEntry>> {
  return CATALOGUE;
}

/** Each family's section, by family name. */
export function sections(): typeof SECTIONS {
  return SECTIONS;
}
