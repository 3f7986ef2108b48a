#!/usr/bin/env node
// The contract-kit CLI. The sources are TypeScript; tsx loads them without a build step.
import { register } from 'tsx/esm/api';
register();
await import('../versioning/cli/main.ts');
