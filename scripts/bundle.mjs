// `npm run build`, after tsc: bundles the CLI with esbuild into dist/cli/, so that starting a command reads a few
// files instead of the hundreds that @oclif/core, our own modules and their dependencies are made of, and Node
// no longer scans every CommonJS dependency for its exports (cjs-module-lexer) on each start.
//
// - dist/cli/run.js      @oclif/core's execute, imported by bin/run.js;
// - dist/cli/commands.js every command under src/commands/ (found here, so a new command file needs no list),
//                        as the `COMMANDS` object of oclif's explicit command discovery (package.json oclif.commands);
// - dist/cli/portfolio-worker.js the portfolio's worker (src/services/portfolio.ts starts it beside itself);
// - dist/cli/validate-worker.js  validate's worker for many files (src/services/validate.ts starts it beside itself);
// - the shared chunks, split at the commands' lazy import()s: a command loads only what it runs.
//
// Every output sits in dist/cli/, two folders below the package root like dist/<layer>/*.js, so the modules'
// `new URL('../../controls/', import.meta.url)` still name the package's controls/, schemas/, templates/ and
// package.json. Dependencies that read their own files next to their code stay external (resolved from
// node_modules at run time): pdfkit (its AFM and ICC data), the font package, piscina (its worker file),
// pkcs11js (a native addon), exceljs (its prebuilt browser-and-node code breaks when bundled again: `URL is not a
// constructor`) and jszip, which exceljs and the workbook's re-zip share.
import {build} from 'esbuild'
import {readdir, rm} from 'node:fs/promises'
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
const commandsSource = [
  ...commands.map(({file}, i) => `import C${i} from ${JSON.stringify(file)}`),
  `export const COMMANDS = {`,
  ...commands.map(({id}, i) => `  ${JSON.stringify(id)}: C${i},`),
  `}`,
].join('\n')

/** The two generated entry points, as virtual modules. */
const virtualEntries = {
  name: 'posattest-entries',
  setup(b) {
    b.onResolve({filter: /^posattest:/}, (args) => ({path: args.path, namespace: 'posattest'}))
    b.onLoad({filter: /.*/, namespace: 'posattest'}, (args) => ({
      contents: args.path === 'posattest:commands' ? commandsSource : `export {execute} from '@oclif/core'`,
      resolveDir: ROOT,
      loader: 'ts',
    }))
  },
}

await rm(OUT, {recursive: true, force: true})
await build({
  absWorkingDir: ROOT,
  entryPoints: {
    run: 'posattest:run',
    commands: 'posattest:commands',
    'portfolio-worker': 'src/services/portfolio-worker.ts',
    'validate-worker': 'src/services/validate-worker.ts',
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  plugins: [virtualEntries],
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
  legalComments: 'none',
  minifyWhitespace: !process.env.BUNDLE_READABLE,
  minifySyntax: !process.env.BUNDLE_READABLE,
  logLevel: 'warning',
  logOverride: {
    // handlebars registers a require.extensions hook for .hbs files, which posattest never requires.
    'unsupported-require-call': 'silent',
  },
})
console.log(`bundled ${commands.length} commands into ${path.relative(ROOT, OUT)}/`)
