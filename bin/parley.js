#!/usr/bin/env node
// Parley runs its TypeScript sources through tsx (a dependency), so a clone works without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
