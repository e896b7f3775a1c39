// Lint for what the compiler cannot see: the layering of src/ (README "Architecture", docs/architecture.md).
// Each stage may import only its own layer and the layers below it; commands reach the core through services.
import boundaries from 'eslint-plugin-boundaries'
import tseslint from 'typescript-eslint'

/** Bottom to top. A layer may import itself and every layer listed before it. */
export const LAYERS = [
  {type: 'model', pattern: ['src/model', 'src/generated', 'src/diagnostics']},
  {type: 'io', pattern: ['src/io']},
  {type: 'catalog', pattern: ['src/catalog']},
  {type: 'answers', pattern: ['src/answers']},
  {type: 'evaluation', pattern: ['src/evaluation']},
  {type: 'report', pattern: ['src/report']},
  {type: 'signing', pattern: ['src/signing']},
  {type: 'gate', pattern: ['src/gate']},
  {type: 'portfolio', pattern: ['src/portfolio']},
  {type: 'services', pattern: ['src/services']},
  {type: 'commands', pattern: ['src/commands', 'src/cli']},
]

/** Commands parse flags, call their service and print: they see services and the vocabulary, not the stages. */
const COMMANDS_SEE = ['services', 'model', 'io', 'commands']

const policies = LAYERS.map((layer, index) => ({
  from: {element: {type: layer.type}},
  allow: {
    to: {element: {types: {anyOf: layer.type === 'commands' ? COMMANDS_SEE : LAYERS.slice(0, index + 1).map((l) => l.type)}}},
  },
}))

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'oclif.manifest.json', 'test/fixtures/**', 'bench/**']},
  {
    files: ['src/**/*.ts'],
    languageOptions: {parser: tseslint.parser, parserOptions: {ecmaVersion: 2022, sourceType: 'module'}},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    plugins: {boundaries, '@typescript-eslint': tseslint.plugin},
    settings: {
      'boundaries/elements': LAYERS.map((layer) => ({...layer, partialMatch: false})),
      'boundaries/include': ['src/**/*.ts'],
      'import/resolver': {typescript: {project: './tsconfig.json'}},
    },
    rules: {
      'boundaries/dependencies': ['error', {default: 'disallow', policies}],
      // A file under src/ that no layer claims is a file nobody has placed: place it.
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
      // Nothing below the commands knows about the command line framework.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/commands/**', 'src/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {paths: [{name: '@oclif/core', message: 'only src/commands may use oclif; take plain options instead'}]},
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {parser: tseslint.parser, parserOptions: {ecmaVersion: 2022, sourceType: 'module'}},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
  },
)
