import type {Language} from '../../model/language.js'

/** The SAQ eligibility section, in English; the other languages follow its shape. */
const en = {
  section: 'SAQ eligibility',
  intro: 'Which short SAQ you may use depends on how you take cards. Answer each statement for your whole business.',
  saqHeading: (title: string) => `${title}:`,
  criterionCount: (count: number) => `${count} eligibility statement${count === 1 ? '' : 's'} answered`,
  eligible: (title: string) => `Your setup qualifies for ${title}: only the controls of that SAQ are asked.`,
  ineligible: 'Your setup does not qualify for any short SAQ:',
  unmet: (saq: string, criteria: string) => `  SAQ ${saq}: not met ${criteria}`,
  fullAssessment:
    'You need the full SAQ D or an assessment by a QSA, which posattest does not cover: this self-assessment will be recorded as non-compliant. Ask your acquirer which form it expects.',
}

export type EligibilityMessages = typeof en

const zhCN: EligibilityMessages = {
  section: 'SAQ 适用资格',
  intro: '您可以使用哪一种简化 SAQ，取决于您受理银行卡的方式。请就您的全部业务回答以下每一项陈述。',
  saqHeading: (title) => `${title}：`,
  criterionCount: (count) => `已回答 ${count} 项资格陈述`,
  eligible: (title) => `您的情况符合 ${title}：只询问该 SAQ 的控制项。`,
  ineligible: '您的情况不符合任何一种简化 SAQ：',
  unmet: (saq, criteria) => `  SAQ ${saq}：未满足 ${criteria}`,
  fullAssessment: '您需要填写完整的 SAQ D，或由 QSA 进行评估，posattest 不涵盖这些情形：本次自评估将记为不合规。请向您的收单机构确认其要求的形式。',
}

export const ELIGIBILITY_MESSAGES: Record<Language, EligibilityMessages> = {en, 'zh-CN': zhCN}
