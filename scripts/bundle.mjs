// `npm run build`, after tsc: bundles the CLI with esbuild into dist/cli/, so that starting a command reads one
// file instead of the hundreds that @oclif/core, our own modules and their dependencies are made of, Node no
// longer scans every CommonJS dependency for its exports (cjs-module-lexer) on each start, and V8 can keep a code
// cache of it (src/io/code-cache.ts):
//
// - dist/cli/posattest.cjs       @oclif/core's execute and every command under src/commands/ (found here, so a new
//                                command file needs no list) as the `COMMANDS` object of oclif's explicit command
//                                discovery (package.json oclif.commands); bin/run.js loads it through the code cache.
//                                CommonJS, because Node 20 has no code cache for ES modules outside node:vm's
//                                experimental SourceTextModule; import.meta.url is this file's URL, as it was each
//                                chunk's. Lazy import()s of our own modules stay lazy: their code is only run when a
//                                command needs it.
// - dist/cli/portfolio-worker.js the portfolio's worker (src/services/portfolio.ts starts it beside itself);
// - dist/cli/validate-worker.js  validate's worker for many files (src/services/validate.ts starts it beside itself);
//                                the two workers are ES modules with shared chunks, as a worker thread loads them.
//
// Every output sits in dist/cli/, two folders below the package root like dist/<layer>/*.js, so the modules'
// `new URL('../../controls/', import.meta.url)` still name the package's controls/, schemas/, templates/ and
// package.json. Dependencies that read their own files next to their code stay external (resolved from
// node_modules at run time): pdfkit (its AFM and ICC data), the font package, piscina (its worker file),
// pkcs11js (a native addon), exceljs (its prebuilt browser-and-node code breaks when bundled again: `URL is not a
// constructor`) and jszip, which exceljs and the workbook's re-zip share.
import {build} from 'esbuild'
import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, 'dist/cli')
const COMMANDS_DIR = path.join(ROOT, 'src/commands')

// typescript and ts-node: @oclif/core requires them only to run a CLI from its TypeScript sources (development).
const EXTERNAL = ['pdfkit', '@expo-google-fonts/*', 'piscina', 'pkcs11js', 'exceljs', 'jszip', 'typescript', 'ts-node']

/** Command files, as oclif's pattern discovery would find them: `catalog/lint.ts` is `catalog:lint`, `portfolio/index.ts` is `portfolio`. */
async function commandFiles() {
  const entries = await readdir(COMMANDS_DIR, {recursive: true, withFileTypes: true})
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && !/\.(test|spec)\.ts$/.test(e.name))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .map((file) => {
      const parsed = path.parse(path.relative(COMMANDS_DIR, file))
      const id = [...(parsed.dir === '' ? [] : parsed.dir.split(path.sep)), ...(parsed.name === 'index' ? [] : [parsed.name])].join(':')
      return {id, file}
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

const commands = await commandFiles()
// Each command's module (and all it imports) is evaluated only when oclif asks for that command: evaluating every
// command's module graph was ~25 ms of each start, `--version` included. oclif reads COMMANDS[id] for the command
// it runs (the manifest lists them all). require() of a bundled ES module is esbuild's lazy initialiser, and a
// literal require of a CommonJS file bundles that file. Before any command runs, the build's precompiled
// validators, report templates and remediation steps are handed to the modules that use them, so that the code
// cache covers them too.
const cliSource = [
  `let provided = false`,
  `function load(file) {`,
  `  if (!provided) {`,
  `    provided = true`,
  `    require('./src/io/schemas.ts').providePrecompiledValidators(() => require('./dist/schema-validators.cjs'))`,
  `    require('./src/evaluation/remediation.ts').providePrecompiledSteps(() => require('./templates/precompiled.cjs'))`,
  `    require('./src/report/templates.ts').provideShippedPrecompiledTemplates(() => require('./templates/precompiled.cjs'))`,
  `  }`,
  `  return file.default`,
  `}`,
  `export {execute} from '@oclif/core'`,
  `export const COMMANDS = {`,
  ...commands.map(({id, file}) => `  get ${JSON.stringify(id)}() { return load(require(${JSON.stringify(file)})) },`),
  `}`,
].join('\n')

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  legalComments: 'none',
  minifyWhitespace: !process.env.BUNDLE_READABLE,
  minifySyntax: !process.env.BUNDLE_READABLE,
  logLevel: 'warning',
  logOverride: {
    // handlebars registers a require.extensions hook for .hbs files, which posattest never requires.
    'unsupported-require-call': 'silent',
  },
}

await rm(OUT, {recursive: true, force: true})
const cli = await build({
  ...common,
  stdin: {contents: cliSource, resolveDir: ROOT, loader: 'ts', sourcefile: 'posattest-cli.ts'},
  outfile: path.join(OUT, 'posattest.cjs'),
  format: 'cjs',
  define: {'import.meta.url': '__posattestImportMetaUrl'},
  banner: {js: `const __posattestImportMetaUrl = require('node:url').pathToFileURL(__filename).href;`},
  metafile: true,
})
// The bundle runs from V8's code cache, where Node 20 cannot import() (src/io/code-cache.ts): an import() of a
// module left outside the bundle would fail at run time, so it fails the build. (esbuild turns the import()s of
// bundled modules into plain calls. oclif's own import() serves only ES module plugins and hooks; posattest has none.)
const dynamicImports = Object.entries(cli.metafile.inputs).flatMap(([input, {imports}]) =>
  imports.filter((i) => i.kind === 'dynamic-import' && i.external).map((i) => `${input}: import('${i.path}')`),
)
if (dynamicImports.length > 0) {
  console.error(`the CLI bundle must not import() a module outside it (use createRequire):\n  ${dynamicImports.join('\n  ')}`)
  process.exit(1)
}
// An ASCII bundle is read as Latin-1, a copy, where decoding 3 MB of UTF-8 took ~10 ms of every start
// (src/io/code-cache.ts). esbuild escapes every non-ASCII character but those in regular expression literals
// (/[。！？]$/); there a \uXXXX escape (a surrogate pair above U+FFFF) means the same character, with or without
// the u flag.
const cliFile = path.join(OUT, 'posattest.cjs')
const cliText = await readFile(cliFile, 'utf8')
await writeFile(
  cliFile,
  cliText.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
)
await build({
  ...common,
  entryPoints: {
    'portfolio-worker': 'src/services/portfolio-worker.ts',
    'validate-worker': 'src/services/validate-worker.ts',
  },
  outdir: OUT,
  splitting: true,
  format: 'esm',
  chunkNames: 'chunk-[hash]',
  // The CommonJS dependencies bundled into ES modules still call require() for Node's built-ins, and some read __dirname.
  banner: {
    js: [
      `import {createRequire as __posattestCreateRequire} from 'node:module';`,
      `import {fileURLToPath as __posattestFileURLToPath} from 'node:url';`,
      `const require = __posattestCreateRequire(import.meta.url);`,
      `const __filename = __posattestFileURLToPath(import.meta.url);`,
      `const __dirname = __posattestFileURLToPath(new URL('.', import.meta.url));`,
    ].join(' '),
  },
})
console.log(`bundled ${commands.length} commands into ${path.relative(ROOT, OUT)}/`)
