import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {GLOSSARY, missingEverydayWords, offGlossaryWords, ZH} from '../../src/model/glossary.js'
import {ROOT} from '../helpers/run-cli.js'

/** Every file below a folder. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesBelow(file) : [file]
  })
}

describe('the glossary', () => {
  it('chooses one Chinese word for each thing posattest writes about', () => {
    expect(ZH.terminalRegister).toBe('终端清单')
    expect(ZH.site).toBe('营业地点')
    expect(ZH.technician).toBe('技术人员')
    expect(ZH.seal).toBe('防拆封条')
    expect(ZH.make).toBe('厂商')
    expect(ZH.targetDate).toBe('目标日期')
    expect(ZH.retired).toBe('已退役')
    for (const [name, term] of Object.entries(GLOSSARY)) {
      expect(ZH[name as keyof typeof ZH]).toBe(term.zh)
      for (const word of term.avoid ?? []) expect(term.zh, name).not.toContain(word)
    }
  })

  it('is followed by every Chinese text posattest itself writes: the code and the report templates', () => {
    const files = [...filesBelow(path.join(ROOT, 'src')), ...filesBelow(path.join(ROOT, 'templates', 'zh-CN'))].filter(
      (file) => file !== path.join(ROOT, 'src', 'model', 'glossary.ts'),
    )
    const found: string[] = []
    for (const file of files) {
      for (const {term, word} of offGlossaryWords(readFileSync(file, 'utf8'))) {
        found.push(`${path.relative(ROOT, file)}: ${word} (write ${GLOSSARY[term].zh}, the ${term})`)
      }
    }
    expect(found).toEqual([])
  })

  it('finds each word it avoids where it stands, and an introduction without the everyday word', () => {
    expect(offGlossaryWords('把台账和封签登记表核对；台账')).toEqual([
      {term: 'terminalRegister', word: '台账', index: 1},
      {term: 'seal', word: '封签', index: 4},
      {term: 'terminalRegister', word: '登记表', index: 6},
      {term: 'terminalRegister', word: '台账', index: 12},
    ])
    expect(missingEverydayWords('终端（POS 机）上的防拆封条（封条）')).toEqual([])
    expect(missingEverydayWords('终端上的防拆封条（封条）；终端（POS 机）')).toEqual(['terminal'])
    expect(missingEverydayWords('没有提到术语')).toEqual([])
  })
})
