import type {Language} from '../../model/language.js'

/**
 * What every part of the walk-through says: the frame around the sections, the prompts' own words, input errors.
 * In English; the other languages follow its shape, so a missing translation is a type error.
 */
const en = {
  yes: 'Yes',
  no: 'No',
  yesOrNo: 'Answer y (yes) or n (no)',
  /** Labels for the key hints under select and checkbox prompts, by inquirer's action name. */
  keyActions: {navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert'} as Record<string, string>,

  intro: (file: string) =>
    `posattest assess: every answer is saved to ${file} as soon as you give it. Press Ctrl-C to stop; run the same command again to resume.`,
  sectionComplete: (section: string, detail: string) => `${section}: already complete (${detail}).`,

  required: 'Please enter a value',
  badDate: 'Enter a real date as YYYY-MM-DD',
  dateAfter: (limit: string) => `The date must not be after ${limit}`,
  dateNotBefore: (limit: string) => `The date must not be before ${limit}`,
  tooLong: (limit: number) => `Keep it under ${limit} characters`,
  cardNumber: (masked: string) => `This looks like a card number (${masked}). Card numbers must never be stored: remove it.`,
}

/** The texts above, and their types, are the ones every language has. */
export type SessionMessages = typeof en

const zhCN: SessionMessages = {
  yes: '是',
  no: '否',
  yesOrNo: '请回答 y（是）或 n（否）',
  keyActions: {navigate: '移动', select: '选择', submit: '确认', all: '全选', invert: '反选'},

  intro: (file) => `posattest assess：每个回答一经输入即保存到 ${file}。按 Ctrl-C 可随时停止；再次运行同一命令即可继续。`,
  sectionComplete: (section, detail) => `${section}：已填写完整（${detail}）。`,

  required: '请输入内容',
  badDate: '请输入有效日期，格式为 YYYY-MM-DD',
  dateAfter: (limit) => `日期不能晚于 ${limit}`,
  dateNotBefore: (limit) => `日期不能早于 ${limit}`,
  tooLong: (limit) => `请少于 ${limit} 个字符`,
  cardNumber: (masked) => `这看起来像是卡号（${masked}）。绝不能保存卡号：请删除。`,
}

export const SESSION_MESSAGES: Record<Language, SessionMessages> = {en, 'zh-CN': zhCN}
