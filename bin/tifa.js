#!/usr/bin/env node
// Thin shim: enable the compile cache where this Node has it (absent on 20.20), then run the built CLI.
import module from 'node:module';
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
const { main } = await import('../dist/cli/main.js');
await main(process.argv);
