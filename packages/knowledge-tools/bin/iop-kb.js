#!/usr/bin/env node
// Entry point for `iop-kb`; the code lives in ../dist (compiled from ../src by `npm run build`).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
