import {ZH} from '../../model/glossary.js'
import type {Language} from '../../model/language.js'

/** A scoping question: the prompt and a sentence on why it matters. */
export interface FactText {
  question: string
  explanation: string
}

/**
 * The scoping questions: the profile facts that decide which controls apply. In English; the other languages
 * follow its shape, so a missing translation is a type error.
 */
const en = {
  section: 'Scope',
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
    inspection_interval_days: {
      question: 'How many days apart does your risk analysis set the inspections of each terminal? (empty: the catalog default)',
      explanation: 'PCI DSS 9.5.1.2.1 lets you set the inspection frequency by a targeted risk analysis; posattest then checks inspections against it.',
    },
    terminal_log_retention_days: {
      question: 'How many days do your terminals keep their own transaction log? (empty to skip)',
      explanation: 'What a terminal keeps itself is data retained too.',
    },
  } as Record<string, FactText>,
  factCount: (count: number) => `${count} question${count === 1 ? '' : 's'} answered`,
  connectionNames: {ip: 'IP (Ethernet or broadband)', dial: 'Dial-up', cellular: 'Cellular (GPRS, 4G)', wifi: 'Wi-Fi', bluetooth: 'Bluetooth (to a base)'} as Record<string, string>,
  badInteger: (minimum: number) => `Enter a whole number of at least ${minimum}`,
}

/** The texts above, and their types, are the ones every language has. */
export type ScopeMessages = typeof en

const zhCN: ScopeMessages = {
  section: '适用范围',
  facts: {
    terminal_connections: {
      question: '您的终端通过哪些方式连接支付处理方？（空格键勾选，回车确认）',
      explanation: `无线连接（Wi-Fi、蓝牙、${ZH.cellular}）需要额外的控制措施。`,
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
      question: `终端在多少个${ZH.site}（门店等）使用？`,
      explanation: `多个${ZH.site}意味着每个${ZH.site}都要进行${ZH.inspection}和保管。`,
    },
    third_party_servicing: {
      question: '是否由贵公司员工以外的人员安装或维修终端？',
      explanation: `上门维修是篡改${ZH.terminal}的常见途径，必须核实${ZH.technician}的身份。`,
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
    inspection_interval_days: {
      question: `按贵公司的风险分析，每台${ZH.terminal}每隔多少天${ZH.inspection}一次？（留空：采用${ZH.catalog}默认值）`,
      explanation: `PCI DSS 9.5.1.2.1 允许通过针对性风险分析确定${ZH.inspection}频率；posattest 将按此核对${ZH.inspection}记录。`,
    },
    terminal_log_retention_days: {
      question: `${ZH.terminal}自身的交易日志保留多少天？（留空跳过）`,
      explanation: `${ZH.terminal}自身保存的数据同样属于保留的数据。`,
    },
  },
  factCount: (count) => `已回答 ${count} 个问题`,
  connectionNames: {ip: 'IP（以太网或宽带）', dial: '拨号', cellular: `${ZH.cellular}（GPRS、4G）`, wifi: 'Wi-Fi', bluetooth: '蓝牙（连接底座）'},
  badInteger: (minimum) => `请输入不小于 ${minimum} 的整数`,
}

export const SCOPE_MESSAGES: Record<Language, ScopeMessages> = {en, 'zh-CN': zhCN}
