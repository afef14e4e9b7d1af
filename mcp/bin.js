#!/usr/bin/env node
// `npx atlas-mcp`: Atlas ships TypeScript source, so tsx is registered before the entry point loads.
import { register } from 'tsx/esm/api';

register();
await import('./stdio-main.ts');
