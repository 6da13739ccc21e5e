#!/usr/bin/env node
/**
 * The `postwatch` command (package.json "bin"). Plain JavaScript so that it starts without a
 * loader: it registers tsx, resolved from this package whatever the working directory, and
 * runs the CLI in this same process, so SIGTERM and SIGINT reach the monitor itself (a
 * wrapper process would have to relay them).
 */
import { register } from 'tsx/esm/api';

register();
const { runFromProcess } = await import('./main.ts');
await runFromProcess();
