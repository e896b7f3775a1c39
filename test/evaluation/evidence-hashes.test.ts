import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {hashEvidenceFiles} from '../../src/evaluation/evidence-hashes.js'
import type {AnswersFile} from '../../src/generated/answers.js'
import {linkedEvidenceFolder} from '../helpers/linked-evidence.js'
import {tempDir} from '../helpers/run-cli.js'

const answersWith = (controls: AnswersFile['controls']) => ({controls}) as AnswersFile

describe('hashEvidenceFiles', () => {
  it('hashes each path evidence once, keyed as written, relative to the answers folder', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      await mkdir(path.join(dir, 'evidence'))
      await writeFile(path.join(dir, 'evidence', 'log.txt'), 'abc')
      const hashes = await hashEvidenceFiles(
        answersWith({
          'SEAL-01': {status: 'in_place', evidence: [{path: 'evidence/log.txt', date: '2025-01-01'}, {url: 'https://x.example', date: '2025-01-01'}]},
          'CUS-01': {status: 'in_place', evidence: [{path: './evidence/../evidence/log.txt', date: '2025-01-01'}]},
        }),
        dir,
      )
      const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
      expect([...hashes]).toEqual([
        ['./evidence/../evidence/log.txt', abc],
        ['evidence/log.txt', abc],
      ])
    } finally {
      await cleanup()
    }
  })

  it('names a file it cannot read', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      const run = hashEvidenceFiles(answersWith({'SEAL-01': {evidence: [{path: 'gone.pdf', date: '2025-01-01'}]}}), dir)
      await expect(run).rejects.toThrow(`${path.join(dir, 'gone.pdf')}: no such file or directory`)
    } finally {
      await cleanup()
    }
  })

  it('hashes the file a link inside resolves to, and refuses a link leading outside or a FIFO without reading it', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      const folder = await linkedEvidenceFolder(dir)
      const hashes = await hashEvidenceFiles(answersWith({'SEAL-01': {evidence: [{path: 'inside', date: '2025-01-01'}, {path: 'evidence-link/real.csv', date: '2025-01-01'}]}}), folder)
      const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
      expect([...hashes]).toEqual([['evidence-link/real.csv', abc], ['inside', abc]])
      for (const [relative, why] of [
        ['passwd', "evidence leads outside the answers file's folder through a symbolic link"],
        ['sibling', "evidence leads outside the answers file's folder through a symbolic link"],
        ['linked-folder/doc.csv', "evidence leads outside the answers file's folder through a symbolic link"],
        ['fifo', 'evidence is not a regular file'],
        ['dangling', 'no such file or directory'],
      ] as const) {
        const run = hashEvidenceFiles(answersWith({'SEAL-01': {evidence: [{path: relative, date: '2025-01-01'}]}}), folder)
        await expect(run).rejects.toThrow(`${path.join(folder, relative)}: ${why}`)
      }
    } finally {
      await cleanup()
    }
  })
})
