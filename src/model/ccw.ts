import type {CompensatingControlWorksheet} from '../generated/answers.js'
import type {Language} from './language.js'

/** The rows of the Compensating Controls Worksheet (PCI DSS Appendix B), in the appendix's order. */
export const CCW_FIELDS = ['constraint', 'objective', 'identified_risk', 'definition', 'validation', 'maintenance'] as const satisfies readonly (keyof CompensatingControlWorksheet)[]
export type CcwField = (typeof CCW_FIELDS)[number]

/**
 * Each row's name: in English as a sentence names it (the walk-through capitalises it for a heading), in Chinese
 * as the result's reasons, the report and the walk-through all write it.
 */
export const CCW_FIELD_NAMES: Record<Language, Record<CcwField, string>> = {
  en: {constraint: 'constraint', objective: 'objective', identified_risk: 'identified risk', definition: 'definition', validation: 'validation', maintenance: 'maintenance'},
  'zh-CN': {constraint: '限制条件', objective: '目标', identified_risk: '已识别的风险', definition: '补偿性控制的定义', validation: '补偿性控制的验证', maintenance: '补偿性控制的维护'},
}
