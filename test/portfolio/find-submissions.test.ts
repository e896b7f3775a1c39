import {mkdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findSubmissions} from '../../src/portfolio/find-submissions.js'
import {tempDir} from '../helpers/run-cli.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => {
  tmp = await tempDir('posattest-find-')
  const files = ['b.pdf', 'a.JSON', 'notes.txt', '.hidden.pdf', 'z/y/deep.pdf', 'z/a.json', '.git/x.pdf', 'out/summary.json', 'B.pdf']
  for (const file of files) {
    await mkdir(path.dirname(path.join(tmp.dir, file)), {recursive: true})
    await writeFile(path.join(tmp.dir, file), '')
  }
  // A link back up the tree would walk forever; a link to a file is a submission like any other.
  await symlink(tmp.dir, path.join(tmp.dir, 'z', 'loop'))
  await symlink(path.join(tmp.dir, 'b.pdf'), path.join(tmp.dir, 'z', 'linked.pdf'))
})
afterAll(async () => {
  await tmp.cleanup()
})

describe('findSubmissions', () => {
  it('lists PDFs and JSONs recursively in code-unit order, skipping dot names, the output folder and folder links', async () => {
    const found = await findSubmissions(tmp.dir, {exclude: [path.join(tmp.dir, 'out')]})
    expect(found).toEqual({files: ['B.pdf', 'a.JSON', 'b.pdf', 'z/a.json', 'z/linked.pdf', 'z/y/deep.pdf'], unlisted: []})
  })

  it('fails only when the folder itself cannot be listed', async () => {
    await expect(findSubmissions(path.join(tmp.dir, 'missing'))).rejects.toThrow(`${path.join(tmp.dir, 'missing')}: no such file or directory`)
  })
})
