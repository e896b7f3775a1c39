// Cold start: how much the CLI adds to a bare `node` start (aim: --version within 2x of `node -e 0`, catalog lint 3x).
import {BIN, printComparison, timeCommand} from './lib.mjs'

export default async function coldStart() {
  const runs = Number(process.env.BENCH_RUNS ?? 10)
  const node = timeCommand(process.execPath, ['-e', '0'], {runs})
  const version = timeCommand(process.execPath, [BIN, '--version'], {runs})
  const lint = timeCommand(process.execPath, [BIN, 'catalog', 'lint'], {runs})
  // The same without the cache (catalog-cache.ts): every run parses and lints the catalog's YAML.
  const lintUncached = timeCommand(process.execPath, [BIN, 'catalog', 'lint'], {runs, env: {POSATTEST_CACHE_DIR: 'off'}})
  // Without V8's code cache of the bundle (io/code-cache.ts): what the first run of a command after a build costs.
  const versionUncached = timeCommand(process.execPath, [BIN, '--version'], {runs, env: {POSATTEST_CACHE_DIR: 'off'}})
  printComparison('cold start: posattest --version', version, {label: 'node -e 0', value: node})
  printComparison('cold start: posattest catalog lint', lint, {label: 'node -e 0', value: node})
  printComparison('cold start: catalog lint, cache off', lintUncached, {label: 'node -e 0', value: node})
  printComparison('cold start: --version, code cache off', versionUncached, {label: 'node -e 0', value: node})
}
