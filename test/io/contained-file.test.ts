import {realpath} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {resolveContainedFile, sha256ContainedFile} from '../../src/io/contained-file.js'
import {linkedEvidenceFolder} from '../helpers/linked-evidence.js'
import {tempDir} from '../helpers/run-cli.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
let answers: string

beforeAll(async () => {
  tmp = await tempDir('posattest-contained-')
  answers = await linkedEvidenceFolder(tmp.dir)
})
afterAll(() => tmp.cleanup())

describe('resolveContainedFile', () => {
  it('refuses every link leading out of the folder: to /etc/passwd, to a sibling outside, through a symlinked subfolder', async () => {
    for (const relative of ['passwd', 'sibling', 'linked-folder/doc.csv']) {
      expect([relative, await resolveContainedFile(answers, relative)]).toEqual([relative, {kind: 'outside'}])
    }
  })

  it('accepts a file, a link to a file inside and a path through a link to a folder inside, giving the resolved file', async () => {
    const real = path.join(await realpath(answers), 'evidence', 'real.csv')
    for (const relative of ['evidence/real.csv', 'inside', 'evidence-link/real.csv']) {
      expect([relative, await resolveContainedFile(answers, relative)]).toEqual([relative, {kind: 'file', real}])
    }
    // The answers folder named through a link of its own: its real path is the one to stay in.
    expect(await resolveContainedFile(path.join(tmp.dir, 'answers-link'), 'inside')).toEqual({kind: 'file', real})
  })

  it('says what is wrong with a dangling link, a missing file, a folder and a FIFO', async () => {
    expect(await resolveContainedFile(answers, 'dangling')).toEqual({kind: 'missing', dangling: true})
    expect(await resolveContainedFile(answers, 'evidence/none.csv')).toEqual({kind: 'missing', dangling: false})
    expect(await resolveContainedFile(answers, 'evidence')).toEqual({kind: 'not-file'})
    expect(await resolveContainedFile(answers, 'fifo')).toEqual({kind: 'not-file'})
  })
})

describe('sha256ContainedFile', () => {
  it('hashes a regular file and refuses a link or a FIFO put in its place, without blocking', async () => {
    expect(await sha256ContainedFile(path.join(answers, 'evidence', 'real.csv'), 'real.csv')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    await expect(sha256ContainedFile(path.join(answers, 'sibling'), 'sibling')).rejects.toThrow('sibling: is a symbolic link that changed while it was read')
    await expect(sha256ContainedFile(path.join(answers, 'fifo'), 'fifo')).rejects.toThrow('fifo: not a regular file')
  })
})
