#!/usr/bin/env node
// The taawun command: runs the TypeScript sources through tsx, so a fresh clone needs no build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
