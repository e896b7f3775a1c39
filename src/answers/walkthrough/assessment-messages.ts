import type {Language} from '../../model/language.js'

/**
 * The assessment details: who is assessed, by whom, when. In English; the other languages follow its shape, so a
 * missing translation is a type error.
 */
const en = {
  section: 'Assessment details',
  legalName: 'Legal name of the company being assessed',
  tradingName: 'Trading name, if different (empty to skip)',
  role: 'Who is assessing?',
  roleMerchant: 'A merchant (we accept card payments on our own terminals)',
  roleAcquirer: 'An acquirer (we deploy terminals to merchants)',
  merchantId: 'Merchant id (MID) your acquirer gave you',
  acquirerId: 'Acquirer id (e.g. your acquiring institution id)',
  acquirerName: 'Your acquirer (the bank or processor that receives this self-assessment)',
  country: 'Country, as a two-letter code such as DE or CN (empty to skip)',
  assessmentDate: 'Date of this assessment (YYYY-MM-DD)',
  periodStart: 'Start of the period assessed (YYYY-MM-DD)',
  periodEnd: 'End of the period assessed (YYYY-MM-DD)',
  assessorName: 'Your name (the person answering)',
  assessorTitle: 'Your job title',
  assessorEmail: 'Your e-mail address',
  reportLanguage: 'Language of the report',
  badEmail: 'Enter an e-mail address such as name@example.com',
  badCountry: 'Enter two letters, such as DE',
}

/** The texts above, and their types, are the ones every language has. */
export type AssessmentMessages = typeof en

const zhCN: AssessmentMessages = {
  section: '评估信息',
  legalName: '受评估公司的法定名称',
  tradingName: '经营名称（如与法定名称不同；留空跳过）',
  role: '由谁进行评估？',
  roleMerchant: '商户（我们在自己的终端上受理银行卡支付）',
  roleAcquirer: '收单机构（我们向商户布放终端）',
  merchantId: '收单机构分配的商户号（MID）',
  acquirerId: '收单机构代码',
  acquirerName: '您的收单机构（接收本自评估的银行或支付机构）',
  country: '国家或地区的两位字母代码，例如 CN 或 DE（留空跳过）',
  assessmentDate: '评估日期（YYYY-MM-DD）',
  periodStart: '评估期间开始日期（YYYY-MM-DD）',
  periodEnd: '评估期间结束日期（YYYY-MM-DD）',
  assessorName: '您的姓名（回答问题的人）',
  assessorTitle: '您的职务',
  assessorEmail: '您的电子邮箱',
  reportLanguage: '报告语言',
  badEmail: '请输入电子邮箱地址，例如 name@example.com',
  badCountry: '请输入两个字母，例如 CN',
}

export const ASSESSMENT_MESSAGES: Record<Language, AssessmentMessages> = {en, 'zh-CN': zhCN}
