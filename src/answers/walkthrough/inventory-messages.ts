import {ZH} from '../../model/glossary.js'
import type {Language} from '../../model/language.js'

/**
 * The terminal inventory: how to list the terminals, and each terminal's fields. In English; the other languages
 * follow its shape, so a missing translation is a type error.
 */
const en = {
  section: 'Terminal inventory',
  how: 'How do you want to list your card terminals?',
  addNow: 'Add them now, one by one',
  importLater: 'Skip: I will import a CSV file',
  importHint: (file: string) => `Import the list later with: posattest inventory import terminals.csv ${file}`,
  count: (count: number) => `${count} terminal${count === 1 ? '' : 's'} listed`,
  deviceHeading: (serial: string) => `Terminal ${serial}`,
  serial: 'Serial number (as printed on the terminal)',
  make: 'Make (manufacturer)',
  model: 'Model',
  state: 'State',
  location: 'Location (shop, till; empty to skip)',
  ptsApproval: 'PCI PTS approval number (empty to skip)',
  ptsExpiry: 'PTS approval expiry date, YYYY-MM-DD (empty to skip)',
  firmware: 'Firmware version (empty to skip)',
  sealIds: 'Tamper-seal numbers, separated by commas (empty to skip)',
  lastInspection: 'Date of the last inspection for tampering, YYYY-MM-DD (empty to skip)',
  another: 'Add another terminal?',
  duplicateSerial: (serial: string) => `Terminal ${serial} is already listed`,
}

/** The texts above, and their types, are the ones every language has. */
export type InventoryMessages = typeof en

const zhCN: InventoryMessages = {
  section: ZH.terminalRegister,
  how: `您希望如何登记银行卡${ZH.terminal}？`,
  addNow: '现在逐台添加',
  importLater: '跳过：稍后导入 CSV 文件',
  importHint: (file) => `稍后可用以下命令导入清单：posattest inventory import terminals.csv ${file}`,
  count: (count) => `已登记 ${count} 台${ZH.terminal}`,
  deviceHeading: (serial) => `${ZH.terminal} ${serial}`,
  serial: `${ZH.serial}（以${ZH.terminal}上印制的为准）`,
  make: ZH.make,
  model: ZH.model,
  state: '状态',
  location: `${ZH.position}（门店、收银台；留空跳过）`,
  ptsApproval: `${ZH.ptsApproval}编号（留空跳过）`,
  ptsExpiry: `${ZH.ptsExpiry}，YYYY-MM-DD（留空跳过）`,
  firmware: `${ZH.firmware}版本（留空跳过）`,
  sealIds: `${ZH.sealIds}，用逗号分隔（留空跳过）`,
  lastInspection: `最近一次防篡改${ZH.inspection}的日期，YYYY-MM-DD（留空跳过）`,
  another: `继续添加${ZH.terminal}？`,
  duplicateSerial: (serial) => `${ZH.terminal} ${serial} 已在清单中`,
}

export const INVENTORY_MESSAGES: Record<Language, InventoryMessages> = {en, 'zh-CN': zhCN}
