#!/usr/bin/env node
// The CLI as bundled by `npm run build` (scripts/bundle.mjs): @oclif/core and every command in a few files.
import {execute} from '../dist/cli/run.js'

await execute({dir: import.meta.url})
