// The catalog lint fixtures: one base catalog and, per case, the small change that breaks one rule.
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {FIXTURES, tempDir} from './run-cli.js'

/** The base catalog: catalog.yaml, device-custody.yaml and seals.yaml, clean under every lint rule. */
export const BASE_CATALOG = path.join(FIXTURES, 'catalog', 'base')
const BASE_FILES = ['catalog.yaml', 'device-custody.yaml', 'seals.yaml'] as const
type BaseFile = (typeof BASE_FILES)[number]

/**
 * One change to a base file: `[find, replace]` replaces the one occurrence of `find` (exact text; a patch that
 * no longer matches the base, or matches it twice, fails loudly), `{append}` adds text at the end.
 */
export type Edit = readonly [find: string, replace: string] | {append: string | ((base: BaseCatalog) => string)}

/** The text of each base file. */
export type BaseCatalog = Record<BaseFile, string>

/**
 * What a case does to one file of its folder: remove it (null), give its whole content, edit the base file of
 * the same name, or write an edited copy of another base file.
 */
export type FilePatch = null | string | Uint8Array | readonly Edit[] | {copy: BaseFile; edits?: readonly Edit[]}

/** A case's folder is the base catalog with these files patched (keys are paths inside the folder). */
export type CatalogCase = Readonly<Record<string, FilePatch>>

/** Two SAQ definitions for catalog.yaml, in the shape catalog 1.1.0 gives them. */
const SAQ_DEFINITIONS = [
  'saq_types:',
  '  - id: P2PE',
  '    title: {en: SAQ P2PE, zh-CN: SAQ P2PE}',
  '    criteria:',
  '      - id: P2PE.1',
  '        text: {en: Every card payment goes through one listed P2PE solution., zh-CN: 每一笔银行卡交易都通过同一个已列名的 P2PE 方案处理。}',
  '  - id: B',
  '    title: {en: SAQ B, zh-CN: SAQ B}',
  '    criteria:',
  '      - id: B.1',
  '        text: {en: Only standalone dial-out terminals., zh-CN: 只使用独立拨号终端。}',
  '',
].join('\n')

const EVERY_BASE_FILE_REMOVED: CatalogCase = {'catalog.yaml': null, 'device-custody.yaml': null, 'seals.yaml': null}

/**
 * Every catalog lint case, each named after the rule it breaks (the expected diagnostics are in the tests).
 * Line numbers in the tests are those of the base files: an edit that adds lines is placed after what they assert.
 */
export const CATALOG_CASES = {
  valid: {},
  // A duplicate key, on line 22.
  'yaml-syntax': {'seals.yaml': [['    severity: critical\n', '    severity: critical\n    severity: high\n']]},
  'alias-bomb': {
    'seals.yaml': [
      'domain: seals',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      '',
    ].join('\n'),
  },
  // A bad value on line 21, an unknown key on line 22.
  schema: {'seals.yaml': [['    severity: critical\n', '    severity: urgent\n    owner: Store manager\n']]},
  // device-custody.yaml's CUS-02 (line 38) once more, at the end of seals.yaml (line 40).
  'duplicate-id': {'seals.yaml': [{append: (base) => controlText(base['device-custody.yaml'], 'CUS-02')}]},
  'id-prefix': {'seals.yaml': [['  - id: SEAL-01', '  - id: SEL-01']]},
  'domain-file': {
    'seals.yaml': [
      ['prefix: SEAL', 'prefix: SEL'],
      ['  - id: SEAL-01', '  - id: SEL-01'],
    ],
    // Linted on its own: a file named after no domain.
    'single/seal.yaml': {copy: 'seals.yaml'},
  },
  'unknown-pci-requirement': {'seals.yaml': [['pci_dss: [9.5.1.2, 9.5.1.2.1]', 'pci_dss: [9.5.1.2, 9.9.9, 3.2.1.9]']]},
  'missing-language': {
    'seals.yaml': [
      ['      zh-CN: 每次检查时核对封条\n', ''],
      ['          zh-CN: 检查 {{count devices}} 台终端（{{serials devices}}）并记录封条。\n', ''],
    ],
  },
  'template-syntax': {
    'seals.yaml': [['- en: Inspect {{count devices}} terminals ({{serials devices}}) and record their seals.', '- en: Inspect {{#each devices}}{{serial}} and record their seals.']],
  },
  'template-variable': {
    'seals.yaml': [
      ['- en: Inspect {{count devices}} terminals ({{serials devices}}) and record their seals.', '- en: Ask {{entity.name}} to inspect {{#each devices}}{{serial}} ({{colour}}){{/each}}.'],
      ['  zh-CN: 检查 {{count devices}} 台终端（{{serials devices}}）并记录封条。', '  zh-CN: 请 {{shout entity.legal_name}} 检查终端。'],
    ],
  },
  'unknown-fact': {'seals.yaml': [['fact: terminal_connections', 'fact: terminal_connection']]},
  // A glossary term written another way (台账 for 终端清单), and a domain description without the everyday word.
  'glossary-term': {
    'device-custody.yaml': [['列出每台终端的厂商、型号、序列号和位置。', '在台账中列出每台终端的厂商、型号、序列号和位置。']],
    'seals.yaml': [['终端（POS 机）上的防拆封条（封条）。', '终端（POS 机）上的防拆封条。']],
  },
  // interval_fact names a fact that is not a number of days.
  'unknown-interval-fact': {'seals.yaml': [['    interval_days: 90\n', '    interval_days: 90\n    interval_fact: terminal_connections\n']]},
  'missing-domain-file': {'seals.yaml': null},
  'unlisted-file': {'notes.yaml': {copy: 'seals.yaml'}},
  'missing-catalog-yaml': {'catalog.yaml': null, 'seals.yaml': null},
  'empty-folder': EVERY_BASE_FILE_REMOVED,
  'binary-file': {'seals.yaml': Buffer.from('domain: seals\n\0\0\0\x01\x02 binary\n', 'latin1')},
  // catalog.yaml defines SAQ P2PE (line 13) and B; only CUS-01 lists one (B), so CUS-02 (line 39) and SEAL-01 lack theirs.
  'saq-types-missing': {
    'catalog.yaml': [{append: SAQ_DEFINITIONS}],
    'device-custody.yaml': [['  - id: CUS-01\n    roles: [merchant]\n', '  - id: CUS-01\n    roles: [merchant]\n    saq_types: [B]\n']],
  },
  // SEAL-01 cites nothing (its references, line 39); CUS-02 cites only another PCI standard, which is enough.
  'no-reference': {
    'seals.yaml': [['pci_dss: [9.5.1.2, 9.5.1.2.1]', 'pci_dss: []']],
    'device-custody.yaml': [['      pci_dss: [9.5.1]\n', "      pci_dss: []\n      other_standards: [{standard: PCI PIN Security v3.1, requirement: '20'}]\n"]],
  },
  // Not a lint case (it is clean): catalog 1.1.0 after 1.0.0, with SEAL-02 added, CUS-01 changed and CUS-09
  // retired, for answers written for 1.0.0 (`validate` and `assess` on older answers).
  'catalog-versions': {
    'catalog.yaml': [
      ['version: 1.0.0', 'version: 1.1.0'],
      {
        append: [
          'changes:',
          '  - version: 1.1.0',
          '    summary:',
          '      en: Seal photos; the terminal list names each location.',
          '      zh-CN: 封条拍照；终端清单注明每个位置。',
          '    added: [SEAL-02]',
          '    changed: [CUS-01]',
          '    retired: [CUS-09]',
          '',
        ].join('\n'),
      },
    ],
    'seals.yaml': [
      {
        append: [
          '  - id: SEAL-02',
          '    roles: [merchant]',
          '    title:',
          '      en: Seals photographed',
          '      zh-CN: 封条拍照存档',
          '    question:',
          '      en: Do you keep a photo of each terminal with its seals?',
          '      zh-CN: 您是否为每台终端及其封条保留照片？',
          '    guidance:',
          '      en: A photo shows what the seals looked like before anyone touched them.',
          '      zh-CN: 照片记录封条在被触碰之前的样子。',
          '    severity: medium',
          '    evidence:',
          '      required: false',
          '      description:',
          '        en: The photos.',
          '        zh-CN: 照片。',
          '      max_age_days: 365',
          '    remediation:',
          '      deadline_days: 30',
          '      steps:',
          '        - en: Photograph the seals of {{count devices}} terminals.',
          '          zh-CN: 为 {{count devices}} 台终端的封条拍照。',
          '    references:',
          '      pci_dss: [9.5.1.2]',
          '',
        ].join('\n'),
      },
    ],
  },
} satisfies Record<string, CatalogCase>

export type CatalogCaseName = keyof typeof CATALOG_CASES

function applyEdits(file: string, text: string, edits: readonly Edit[], base: BaseCatalog): string {
  let result = text
  for (const edit of edits) {
    if ('append' in edit) {
      result += typeof edit.append === 'string' ? edit.append : edit.append(base)
      continue
    }
    const [find, replace] = edit
    const count = result.split(find).length - 1
    if (count !== 1) throw new Error(`catalog case patch for ${file}: ${JSON.stringify(find)} occurs ${count} times, not once`)
    result = result.replace(find, () => replace)
  }
  return result
}

/** The lines of one control of a domain file, from its `- id:` line to the next control or the end of the file. */
export function controlText(domainFile: string, id: string): string {
  const lines = domainFile.split('\n')
  const start = lines.indexOf(`  - id: ${id}`)
  if (start === -1) throw new Error(`no control ${id} in the base catalog`)
  const end = lines.findIndex((line, i) => i > start && line.startsWith('  - id: '))
  return lines.slice(start, end === -1 ? undefined : end).join('\n').replace(/\n*$/, '\n')
}

/** The files of one case's folder: the base with the case's patches applied. */
export async function caseFiles(name: CatalogCaseName): Promise<Map<string, string | Uint8Array>> {
  const base = Object.fromEntries(await Promise.all(BASE_FILES.map(async (file) => [file, await readFile(path.join(BASE_CATALOG, file), 'utf8')]))) as BaseCatalog
  const files = new Map<string, string | Uint8Array>(Object.entries(base))
  for (const [file, patch] of Object.entries(CATALOG_CASES[name] as CatalogCase)) {
    if (patch === null) files.delete(file)
    else if (typeof patch === 'string' || patch instanceof Uint8Array) files.set(file, patch)
    else if ('copy' in patch) files.set(file, applyEdits(file, base[patch.copy], patch.edits ?? [], base))
    else files.set(file, applyEdits(file, base[file as BaseFile] ?? '', patch, base))
  }
  return files
}

/**
 * Writes every case (or the named ones) into a fresh temporary folder, one subfolder per case named after it:
 * `<dir>/id-prefix/seals.yaml`. Run the CLI with `cwd: dir` and the paths in its output read as `id-prefix/seals.yaml:10:9`.
 */
export async function writeCatalogCases(names: readonly CatalogCaseName[] = Object.keys(CATALOG_CASES) as CatalogCaseName[]): Promise<{dir: string; cleanup: () => Promise<void>}> {
  const temp = await tempDir('posattest-catalog-cases-')
  for (const name of names) {
    await mkdir(path.join(temp.dir, name), {recursive: true})
    for (const [file, content] of await caseFiles(name)) {
      await mkdir(path.dirname(path.join(temp.dir, name, file)), {recursive: true})
      await writeFile(path.join(temp.dir, name, file), content)
    }
  }
  return temp
}
