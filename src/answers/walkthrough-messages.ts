/**
 * Every text the guided walk-through (`posattest assess`) shows, in each language it speaks.
 * The interface makes a missing translation a type error, so zh-CN can never lag behind en.
 */

export const WALKTHROUGH_LANGUAGES = ['en', 'zh-CN'] as const
export type WalkthroughLanguage = (typeof WALKTHROUGH_LANGUAGES)[number]

export type ControlStatus = 'in_place' | 'in_place_ccw' | 'not_applicable' | 'not_in_place'
export type DeviceState = 'in-use' | 'spare' | 'in-repair' | 'retired'
export type CcwField = 'constraint' | 'objective' | 'identified_risk' | 'definition' | 'validation' | 'maintenance'

/** A scoping question: the prompt and a sentence on why it matters. */
export interface FactText {
  question: string
  explanation: string
}

export interface WalkthroughMessages {
  yes: string
  no: string
  yesOrNo: string
  /** Labels for the key hints under select and checkbox prompts, by inquirer's action name. */
  keyActions: Record<string, string>

  intro: (file: string) => string
  sectionAssessment: string
  sectionScope: string
  sectionInventory: string
  sectionControls: string
  sectionReview: string
  sectionComplete: (section: string, detail: string) => string

  legalName: string
  tradingName: string
  role: string
  roleMerchant: string
  roleAcquirer: string
  merchantId: string
  acquirerId: string
  acquirerName: string
  country: string
  assessmentDate: string
  periodStart: string
  periodEnd: string
  assessorName: string
  assessorTitle: string
  assessorEmail: string
  reportLanguage: string

  facts: Record<string, FactText>
  connectionNames: Record<string, string>
  factCount: (count: number) => string

  inventoryHow: string
  inventoryAddNow: string
  inventoryImportLater: string
  inventoryImportHint: (file: string) => string
  inventoryCount: (count: number) => string
  deviceHeading: (serial: string) => string
  deviceSerial: string
  deviceMake: string
  deviceModel: string
  deviceState: string
  deviceStates: Record<DeviceState, string>
  deviceLocation: string
  devicePtsApproval: string
  devicePtsExpiry: string
  deviceFirmware: string
  deviceSealIds: string
  deviceLastInspection: string
  deviceAnother: string
  deviceDuplicateSerial: (serial: string) => string

  progress: (domain: number, domains: number, control: number, controls: number) => string
  resumeAt: (done: number, total: number, id: string) => string
  allAnswered: (total: number) => string
  evidenceExpected: (required: boolean, description: string, maxAgeDays: number) => string
  guidance: (text: string) => string
  status: string
  statusNames: Record<ControlStatus, string>
  justification: string
  ccwIntro: string
  ccwFields: Record<CcwField, FactText>
  owner: string
  targetDate: (deadlineDays: number) => string
  notes: string
  evidenceLocation: string
  evidenceDate: string
  evidenceNeeded: string
  evidenceStale: (date: string, maxAgeDays: number) => string
  evidenceMissingFile: (path: string) => string

  reviewGaps: string
  reviewNoGaps: string
  reviewGapLine: (id: string, title: string, owner: string, target: string) => string
  reviewUnanswered: string
  reviewIncomplete: string
  reviewWithoutEvidence: string
  reviewDone: (answered: number, total: number) => string
  reviewNext: (file: string) => string[]
  reviewResume: (file: string) => string

  required: string
  badDate: string
  dateAfter: (limit: string) => string
  dateNotBefore: (limit: string) => string
  badEmail: string
  badCountry: string
  badInteger: (minimum: number) => string
  badUrl: string
  tooLong: (limit: number) => string
  cardNumber: (masked: string) => string
}

const en: WalkthroughMessages = {
  yes: 'Yes',
  no: 'No',
  yesOrNo: 'Answer y (yes) or n (no)',
  keyActions: {navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert'},

  intro: (file) =>
    `posattest assess: every answer is saved to ${file} as soon as you give it. Press Ctrl-C to stop; run the same command again to resume.`,
  sectionAssessment: 'Assessment details',
  sectionScope: 'Scope',
  sectionInventory: 'Terminal inventory',
  sectionControls: 'Controls',
  sectionReview: 'Review',
  sectionComplete: (section, detail) => `${section}: already complete (${detail}).`,

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

  facts: {
    terminal_connections: {
      question: 'How do your terminals connect to the payment processor? (space to tick, Enter to confirm)',
      explanation: 'Wireless links (Wi-Fi, Bluetooth, cellular) bring their own controls.',
    },
    p2pe_solution: {
      question: 'Is every terminal protected by a PCI-listed P2PE solution?',
      explanation: 'Point-to-point encryption listed by PCI SSC reduces what you must prove about encryption.',
    },
    p2pe_listing_id: {
      question: 'P2PE solution listing id (empty to skip)',
      explanation: 'The reference number on the PCI SSC list of validated P2PE solutions.',
    },
    stores_card_data_electronically: {
      question: 'Do you store card data electronically anywhere (files, databases, screenshots)?',
      explanation: 'A terminal-only merchant normally stores none; storing card data brings many more requirements.',
    },
    keeps_paper_records: {
      question: 'Do you keep paper carrying card data (merchant receipts, order forms)?',
      explanation: 'Paper with card data must be stored securely and destroyed when no longer needed.',
    },
    location_count: {
      question: 'At how many locations (shops, sites) are terminals used?',
      explanation: 'Several locations mean inspections and custody at each of them.',
    },
    third_party_servicing: {
      question: 'Does anyone other than your own staff install or repair the terminals?',
      explanation: 'Service visits are a classic way to tamper with a terminal: identities must be checked.',
    },
    mobile_terminals: {
      question: 'Are terminals carried to the customer (pay at table, delivery)?',
      explanation: 'Terminals that leave the counter are easier to lose or swap.',
    },
    unattended_terminals: {
      question: 'Do terminals run without staff present (kiosks, fuel pumps, vending)?',
      explanation: 'Unattended terminals need more frequent inspection for skimmers.',
    },
    remote_key_injection: {
      question: 'Are terminal keys loaded remotely rather than in a key-injection facility?',
      explanation: 'Remote key loading has its own PCI PIN requirements.',
    },
    remote_updates: {
      question: 'Is terminal software pushed over the network by a terminal-management system?',
      explanation: 'Remote updates must come only from the authorised management system.',
    },
    merchant_count: {
      question: 'How many merchants use terminals that you deploy?',
      explanation: 'This sizes the terminal estate the acquirer answers for.',
    },
  },
  factCount: (count) => `${count} question${count === 1 ? '' : 's'} answered`,
  connectionNames: {ip: 'IP (Ethernet or broadband)', dial: 'Dial-up', cellular: 'Cellular (GPRS, 4G)', wifi: 'Wi-Fi', bluetooth: 'Bluetooth (to a base)'},

  inventoryHow: 'How do you want to list your card terminals?',
  inventoryAddNow: 'Add them now, one by one',
  inventoryImportLater: 'Skip: I will import a CSV file',
  inventoryImportHint: (file) => `Import the list later with: posattest inventory import terminals.csv ${file}`,
  inventoryCount: (count) => `${count} terminal${count === 1 ? '' : 's'} listed`,
  deviceHeading: (serial) => `Terminal ${serial}`,
  deviceSerial: 'Serial number (as printed on the terminal)',
  deviceMake: 'Make (manufacturer)',
  deviceModel: 'Model',
  deviceState: 'State',
  deviceStates: {'in-use': 'In use', spare: 'Spare (stored)', 'in-repair': 'In repair', retired: 'Retired'},
  deviceLocation: 'Location (shop, till; empty to skip)',
  devicePtsApproval: 'PCI PTS approval number (empty to skip)',
  devicePtsExpiry: 'PTS approval expiry date, YYYY-MM-DD (empty to skip)',
  deviceFirmware: 'Firmware version (empty to skip)',
  deviceSealIds: 'Tamper-seal numbers, separated by commas (empty to skip)',
  deviceLastInspection: 'Date of the last inspection for tampering, YYYY-MM-DD (empty to skip)',
  deviceAnother: 'Add another terminal?',
  deviceDuplicateSerial: (serial) => `Terminal ${serial} is already listed`,

  progress: (d, dn, c, cn) => `Domain ${d}/${dn} · Control ${c}/${cn}`,
  resumeAt: (done, total, id) => `${done} of ${total} controls already answered; continuing with ${id}.`,
  allAnswered: (total) => `All ${total} controls are answered.`,
  evidenceExpected: (required, description, days) =>
    `Evidence ${required ? 'required' : 'suggested'}: ${description} (no older than ${days} days)`,
  guidance: (text) => `Guidance: ${text}`,
  status: 'Status',
  statusNames: {
    in_place: 'In place',
    in_place_ccw: 'In place with a compensating control (CCW)',
    not_applicable: 'Not applicable',
    not_in_place: 'Not in place',
  },
  justification: 'Why does this control not apply to you?',
  ccwIntro: 'Compensating control worksheet (PCI DSS Appendix B): six short answers.',
  ccwFields: {
    constraint: {question: 'Constraints', explanation: 'Why can the requirement not be met as written?'},
    objective: {question: 'Objective', explanation: 'What is the requirement meant to achieve, and how does your control achieve it?'},
    identified_risk: {question: 'Identified risk', explanation: 'What extra risk comes from not meeting the requirement as written?'},
    definition: {question: 'Definition of the compensating control', explanation: 'What do you do instead?'},
    validation: {question: 'Validation', explanation: 'How was the compensating control tested?'},
    maintenance: {question: 'Maintenance', explanation: 'What keeps it working over time?'},
  },
  owner: 'Who will close this gap? (name or role)',
  targetDate: (days) => `Target date to close it, YYYY-MM-DD (the catalog allows ${days} days)`,
  notes: 'Notes (empty to skip)',
  evidenceLocation: 'Evidence: a file path (relative to the answers file) or an https:// URL (empty when done)',
  evidenceDate: 'Date of this evidence (YYYY-MM-DD)',
  evidenceNeeded: 'The catalog requires evidence for this control; without it the control is reported as failing.',
  evidenceStale: (date, days) => `Note: evidence dated ${date} is older than ${days} days and will count as stale.`,
  evidenceMissingFile: (path) => `Note: ${path} does not exist yet; add it before running posattest report.`,

  reviewGaps: 'Gaps (not in place):',
  reviewNoGaps: 'No gaps recorded.',
  reviewGapLine: (id, title, owner, target) => `  ${id}  ${title}: owner ${owner || '?'}, target ${target || '?'}`,
  reviewUnanswered: 'Not answered yet:',
  reviewIncomplete: 'Answered but incomplete (run assess again to finish):',
  reviewWithoutEvidence: 'In place but without the evidence the catalog requires:',
  reviewDone: (answered, total) => `${answered} of ${total} applicable controls answered.`,
  reviewNext: (file) => [`Next: posattest validate ${file}`, `Then: posattest report ${file}`],
  reviewResume: (file) => `To answer the rest: posattest assess ${file}`,

  required: 'Please enter a value',
  badDate: 'Enter a real date as YYYY-MM-DD',
  dateAfter: (limit) => `The date must not be after ${limit}`,
  dateNotBefore: (limit) => `The date must not be before ${limit}`,
  badEmail: 'Enter an e-mail address such as name@example.com',
  badCountry: 'Enter two letters, such as DE',
  badInteger: (minimum) => `Enter a whole number of at least ${minimum}`,
  badUrl: 'Enter a file path or a URL starting with http:// or https://',
  tooLong: (limit) => `Keep it under ${limit} characters`,
  cardNumber: (masked) => `This looks like a card number (${masked}). Card numbers must never be stored: remove it.`,
}

const zhCN: WalkthroughMessages = {
  yes: '是',
  no: '否',
  yesOrNo: '请回答 y（是）或 n（否）',
  keyActions: {navigate: '移动', select: '选择', submit: '确认', all: '全选', invert: '反选'},

  intro: (file) => `posattest assess：每个回答一经输入即保存到 ${file}。按 Ctrl-C 可随时停止；再次运行同一命令即可继续。`,
  sectionAssessment: '评估信息',
  sectionScope: '适用范围',
  sectionInventory: '终端清单',
  sectionControls: '控制项',
  sectionReview: '复核',
  sectionComplete: (section, detail) => `${section}：已填写完整（${detail}）。`,

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

  facts: {
    terminal_connections: {
      question: '您的终端通过哪些方式连接支付处理方？（空格键勾选，回车确认）',
      explanation: '无线连接（Wi-Fi、蓝牙、蜂窝网络）需要额外的控制措施。',
    },
    p2pe_solution: {
      question: '是否所有终端都受 PCI 认可的 P2PE 方案保护？',
      explanation: '使用 PCI SSC 列名的点对点加密方案，可减少需要证明的加密相关事项。',
    },
    p2pe_listing_id: {
      question: 'P2PE 方案的列名编号（留空跳过）',
      explanation: 'PCI SSC 已验证 P2PE 方案列表上的参考编号。',
    },
    stores_card_data_electronically: {
      question: '您是否以电子方式存储卡数据（文件、数据库、截图等）？',
      explanation: '仅使用终端的商户通常不存储卡数据；存储卡数据会带来更多要求。',
    },
    keeps_paper_records: {
      question: '您是否保留含卡数据的纸质材料（商户签购单、订单表格）？',
      explanation: '含卡数据的纸质材料必须安全保管，不再需要时予以销毁。',
    },
    location_count: {
      question: '终端在多少个营业地点（门店、场所）使用？',
      explanation: '多个地点意味着每个地点都要进行检查和保管。',
    },
    third_party_servicing: {
      question: '是否由贵公司员工以外的人员安装或维修终端？',
      explanation: '维修上门是篡改终端的常见途径，必须核实来人身份。',
    },
    mobile_terminals: {
      question: '终端是否会被带到顾客身边使用（桌边支付、送货上门）？',
      explanation: '离开收银台的终端更容易丢失或被调包。',
    },
    unattended_terminals: {
      question: '是否有无人值守的终端（自助机、加油机、售货机）？',
      explanation: '无人值守终端需要更频繁地检查是否被加装侧录装置。',
    },
    remote_key_injection: {
      question: '终端密钥是否通过远程方式注入，而非在密钥注入机构中完成？',
      explanation: '远程密钥注入需满足 PCI PIN 的专门要求。',
    },
    remote_updates: {
      question: '终端软件是否由终端管理系统通过网络远程推送更新？',
      explanation: '远程更新只能来自经授权的终端管理系统。',
    },
    merchant_count: {
      question: '有多少商户在使用贵机构布放的终端？',
      explanation: '这决定了收单机构需要负责的终端规模。',
    },
  },
  factCount: (count) => `已回答 ${count} 个问题`,
  connectionNames: {ip: 'IP（以太网或宽带）', dial: '拨号', cellular: '蜂窝网络（GPRS、4G）', wifi: 'Wi-Fi', bluetooth: '蓝牙（连接底座）'},

  inventoryHow: '您希望如何登记银行卡终端？',
  inventoryAddNow: '现在逐台添加',
  inventoryImportLater: '跳过：稍后导入 CSV 文件',
  inventoryImportHint: (file) => `稍后可用以下命令导入清单：posattest inventory import terminals.csv ${file}`,
  inventoryCount: (count) => `已登记 ${count} 台终端`,
  deviceHeading: (serial) => `终端 ${serial}`,
  deviceSerial: '序列号（以终端上印制的为准）',
  deviceMake: '品牌（制造商）',
  deviceModel: '型号',
  deviceState: '状态',
  deviceStates: {'in-use': '使用中', spare: '备用（库存）', 'in-repair': '维修中', retired: '已停用'},
  deviceLocation: '位置（门店、收银台；留空跳过）',
  devicePtsApproval: 'PCI PTS 认证编号（留空跳过）',
  devicePtsExpiry: 'PTS 认证到期日期，YYYY-MM-DD（留空跳过）',
  deviceFirmware: '固件版本（留空跳过）',
  deviceSealIds: '防拆封条编号，用逗号分隔（留空跳过）',
  deviceLastInspection: '最近一次防篡改检查的日期，YYYY-MM-DD（留空跳过）',
  deviceAnother: '继续添加终端？',
  deviceDuplicateSerial: (serial) => `终端 ${serial} 已在清单中`,

  progress: (d, dn, c, cn) => `领域 ${d}/${dn} · 控制项 ${c}/${cn}`,
  resumeAt: (done, total, id) => `${total} 个控制项中已回答 ${done} 个；从 ${id} 继续。`,
  allAnswered: (total) => `全部 ${total} 个控制项均已回答。`,
  evidenceExpected: (required, description, days) =>
    `${required ? '必需证据' : '建议证据'}：${description}（不得早于评估日期前 ${days} 天）`,
  guidance: (text) => `说明：${text}`,
  status: '状态',
  statusNames: {
    in_place: '已落实',
    in_place_ccw: '通过补偿性控制落实（CCW）',
    not_applicable: '不适用',
    not_in_place: '未落实',
  },
  justification: '为什么此控制项对您不适用？',
  ccwIntro: '补偿性控制工作表（PCI DSS 附录 B）：请简要回答六个问题。',
  ccwFields: {
    constraint: {question: '限制条件', explanation: '为什么无法按原文满足该要求？'},
    objective: {question: '目标', explanation: '该要求旨在达到什么目的？您的控制如何达到？'},
    identified_risk: {question: '已识别的风险', explanation: '未按原文满足要求会带来哪些额外风险？'},
    definition: {question: '补偿性控制的定义', explanation: '您采取了哪些替代措施？'},
    validation: {question: '验证', explanation: '如何测试补偿性控制的有效性？'},
    maintenance: {question: '维护', explanation: '如何确保其持续有效？'},
  },
  owner: '由谁负责弥补此差距？（姓名或岗位）',
  targetDate: (days) => `计划完成日期，YYYY-MM-DD（目录允许 ${days} 天）`,
  notes: '备注（留空跳过）',
  evidenceLocation: '证据：文件路径（相对于回答文件）或 https:// 链接（完成时留空）',
  evidenceDate: '该证据的日期（YYYY-MM-DD）',
  evidenceNeeded: '目录要求此控制项提供证据；没有证据时，该控制项将被判定为不合格。',
  evidenceStale: (date, days) => `提示：日期为 ${date} 的证据已超过 ${days} 天，将被视为过期。`,
  evidenceMissingFile: (path) => `提示：${path} 尚不存在；请在运行 posattest report 之前补上。`,

  reviewGaps: '差距（未落实）：',
  reviewNoGaps: '没有记录差距。',
  reviewGapLine: (id, title, owner, target) => `  ${id}  ${title}：负责人 ${owner || '?'}，计划日期 ${target || '?'}`,
  reviewUnanswered: '尚未回答：',
  reviewIncomplete: '已回答但不完整（再次运行 assess 以完成）：',
  reviewWithoutEvidence: '已落实但缺少目录要求的证据：',
  reviewDone: (answered, total) => `${total} 个适用控制项中已回答 ${answered} 个。`,
  reviewNext: (file) => [`下一步：posattest validate ${file}`, `然后：posattest report ${file}`],
  reviewResume: (file) => `继续回答其余问题：posattest assess ${file}`,

  required: '请输入内容',
  badDate: '请输入有效日期，格式为 YYYY-MM-DD',
  dateAfter: (limit) => `日期不能晚于 ${limit}`,
  dateNotBefore: (limit) => `日期不能早于 ${limit}`,
  badEmail: '请输入电子邮箱地址，例如 name@example.com',
  badCountry: '请输入两个字母，例如 CN',
  badInteger: (minimum) => `请输入不小于 ${minimum} 的整数`,
  badUrl: '请输入文件路径，或以 http:// 或 https:// 开头的链接',
  tooLong: (limit) => `请少于 ${limit} 个字符`,
  cardNumber: (masked) => `这看起来像是卡号（${masked}）。绝不能保存卡号：请删除。`,
}

const MESSAGES: Record<WalkthroughLanguage, WalkthroughMessages> = {en, 'zh-CN': zhCN}

export function walkthroughMessages(lang: WalkthroughLanguage): WalkthroughMessages {
  return MESSAGES[lang]
}

export function isWalkthroughLanguage(value: unknown): value is WalkthroughLanguage {
  return (WALKTHROUGH_LANGUAGES as readonly unknown[]).includes(value)
}
