#!/usr/bin/env node
// The CLI as bundled by `npm run build` (scripts/bundle.mjs): @oclif/core and every command in one CommonJS file,
// loaded with V8's code cache for it (src/io/code-cache.ts).
import {codeCacheVariant, loadBundle} from '../dist/io/code-cache.js'

const {exports} = loadBundle(new URL('../dist/cli/posattest.cjs', import.meta.url), codeCacheVariant(process.argv.slice(2)))
await exports.execute({dir: import.meta.url})
