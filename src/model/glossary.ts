/**
 * The words posattest itself writes in Chinese: one chosen word for each thing, used by the walk-through, the
 * init template, the result's reasons and the report's own texts, so that the terminal register is 终端清单
 * everywhere and never also 台账. Where a word already stands in a golden output (the result JSON, the report)
 * it is the word chosen here. `avoid` lists the other words for the same thing, which posattest's texts do not
 * use (test/model/glossary.test.ts keeps them out). The control catalog (controls/*.yaml) is to follow it too.
 */

export interface Term {
  /** What the term means, in English. */
  en: string
  /** The one Chinese word posattest writes for it. */
  zh: string
  /** Chinese words for the same thing that posattest's own texts do not use. */
  avoid?: readonly string[]
  /** The merchant's own word for it, given in brackets at the first mention in an introduction: 终端（POS 机）. */
  everyday?: string
}

const TERMS = {
  // The terminals, the register of them, and where they stand.
  terminal: {en: 'card terminal', zh: '终端', everyday: 'POS 机'},
  terminalRegister: {en: 'terminal inventory (the register of terminals)', zh: '终端清单', avoid: ['台账', '登记表', '登记簿']},
  site: {en: 'location, site (a shop or other place of business)', zh: '营业地点', avoid: ['网点', '营业场所']},
  position: {en: "a terminal's location within a site (counter, till)", zh: '位置'},

  // Who handles them.
  technician: {en: 'technician (who installs or repairs terminals)', zh: '技术人员', avoid: ['维修人员', '维护人员', '服务人员']},
  merchant: {en: 'merchant', zh: '商户'},
  acquirer: {en: 'acquirer', zh: '收单机构'},

  // Tamper evidence.
  seal: {en: 'tamper-evident seal', zh: '防拆封条', avoid: ['封签'], everyday: '封条'},
  sealIds: {en: 'seal ids', zh: '防拆封条编号'},
  inspection: {en: 'inspection (for tampering)', zh: '检查'},

  // What the register records of each terminal, and its states.
  serial: {en: 'serial number', zh: '序列号'},
  make: {en: 'make (manufacturer)', zh: '厂商', avoid: ['品牌', '制造商']},
  model: {en: 'model', zh: '型号'},
  firmware: {en: 'firmware', zh: '固件'},
  ptsApproval: {en: 'PCI PTS approval', zh: 'PCI PTS 认证'},
  ptsExpiry: {en: 'PTS approval expiry date', zh: 'PTS 认证到期日', avoid: ['有效期']},
  cellular: {en: 'cellular (a terminal connection)', zh: '移动网络', avoid: ['蜂窝']},
  inUse: {en: 'in use (a terminal state)', zh: '使用中'},
  retired: {en: 'retired (a terminal state)', zh: '已退役', avoid: ['已停用']},

  // The assessment.
  control: {en: 'control', zh: '控制项'},
  evidence: {en: 'evidence', zh: '证据'},
  catalog: {en: 'the control catalog', zh: '目录'},
  ccw: {en: 'Compensating Controls Worksheet', zh: '补偿性控制工作表'},

  // A gap and its closing.
  gap: {en: 'gap', zh: '差距'},
  owner: {en: 'owner (who closes a gap)', zh: '负责人'},
  targetDate: {en: "target date (the owner's date to close a gap)", zh: '目标日期', avoid: ['计划完成日期', '计划日期']},

  // An exception (not applicable, or in place with a CCW) and its review.
  exception: {en: 'exception (an answer not applicable or in place with a CCW)', zh: '例外'},
  review: {en: 'review (of an exception, to confirm it still holds)', zh: '复核', avoid: ['复审', '重审']},
  reviewBy: {en: 'review date (by which an exception is reviewed again)', zh: '复核日期', avoid: ['复审日期', '审查日期']},
} as const satisfies Record<string, Term>

export type TermName = keyof typeof TERMS

export const GLOSSARY: Readonly<Record<TermName, Term>> = TERMS

/** The chosen Chinese word of each term, for code that writes Chinese: `${ZH.seal}`. */
export const ZH: {readonly [K in TermName]: (typeof TERMS)[K]['zh']} = Object.fromEntries(
  Object.entries(TERMS).map(([name, term]) => [name, term.zh]),
) as {readonly [K in TermName]: (typeof TERMS)[K]['zh']}

/** A word of a text that the glossary writes another way. */
export interface OffGlossaryWord {
  term: TermName
  /** The word the text uses. */
  word: string
  /** Where it starts in the text (UTF-16 index). */
  index: number
}

/** Each use of a word the glossary avoids, in text order. */
export function offGlossaryWords(text: string): OffGlossaryWord[] {
  const found: OffGlossaryWord[] = []
  for (const [term, entry] of Object.entries(GLOSSARY) as [TermName, Term][]) {
    for (const word of entry.avoid ?? []) {
      for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + word.length)) found.push({term, word, index})
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * The terms an introduction (a domain's description) mentions without the merchant's everyday word at the first
 * mention: 终端 must first appear as 终端（POS 机）.
 */
export function missingEverydayWords(text: string): TermName[] {
  return (Object.entries(GLOSSARY) as [TermName, Term][]).filter(([, entry]) => {
    if (entry.everyday === undefined) return false
    const index = text.indexOf(entry.zh)
    return index >= 0 && !text.startsWith(`${entry.zh}（${entry.everyday}）`, index)
  }).map(([term]) => term)
}
