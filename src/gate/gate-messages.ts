import {ZH} from '../model/glossary.js'
import type {Language} from '../model/language.js'

type Severity = 'critical' | 'high' | 'medium' | 'low'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * What the gate says: its reasons (each beside a stable code, the same in every language) and the words of its
 * report, in English; the other languages follow its shape, so a missing translation is a type error. Codes,
 * control ids, serials, dates and quoted values from the submission are the same in every language.
 */
const en = {
  rules: {
    submission: 'the submission can be read: a PDF report carrying its evaluated result, or a result JSON, valid against the result schema',
    signature: 'the submission is signed, the signature is valid and its signer chains to a trusted root',
    derivation: 'the result is the one posattest derives from the embedded answers (and previous result); a bare result agrees with its catalog',
    reproducible: 'the signed pages are byte for byte what posattest renders from the embedded data (require_reproducible)',
    'assessment-age': 'the assessment is recent enough and not dated in the future',
    catalog: 'the assessment uses the required catalog at or above the minimum version',
    'saq-type': 'the merchant is eligible for one of the SAQ types the policy accepts (allowed_saq_types)',
    verdict: 'the verdict is the one the policy requires',
    'open-gaps': 'open gaps per severity are within the allowance',
    'overdue-gaps': 'no open gap at or above the severity threshold is past its due date',
    'domain-score': 'each domain scores at least its minimum',
    'overall-score': 'the overall score is at least the minimum',
    'required-domains': 'the required domains were assessed and fully answered',
    exceptions: 'every exception (not applicable, in place with CCW) stays valid long enough: its review date is far enough after the day of judgement',
    inventory: 'the terminal inventory meets the policy (PTS approvals, seals, inspections and their interval)',
  },

  // signature
  notSigned: 'the submission is not signed and the policy accepts only signed reports',
  signatureInvalid: (problems: readonly string[]) => `the signature is invalid: ${problems.join('; ') || 'verification failed'}`,
  signer: (name: string | undefined) => `the signer${name ? ` ${name}` : ''}`,
  signerUntrusted: (who: string) => `${who} does not chain to a trusted root`,
  signerNotTrusted: (who: string, problems: readonly string[]) => `${who} is not trusted: ${problems.join('; ')}`,

  // the policy's rules
  inFuture: (date: string, now: string) => `the assessment is dated ${date}, after the day of judgement ${now}`,
  tooOld: (date: string, age: number, max: number) => `the assessment of ${date} is ${age} days old; the policy allows ${max}`,
  catalogMismatch: (id: string, required: string) => `the assessment uses catalog ${id}; the policy requires ${required}`,
  catalogTooOld: (version: string, required: string) => `catalog version ${version} is older than the required ${required}`,
  saqNotDetermined: (allowed: string) => `no SAQ type was determined (no scoping answers); the policy accepts ${allowed}`,
  saqIneligible: (unmet: readonly {saq: string; criteria: readonly string[]}[], allowed: string) =>
    `the merchant is not eligible for any short SAQ (not met: ${unmet.map((u) => `${u.saq}: ${u.criteria.join(', ')}`).join('; ')}); the policy accepts ${allowed}`,
  saqNotAllowed: (saq: string, allowed: string) => `the merchant's SAQ type is ${saq}; the policy accepts ${allowed}`,
  notCompliant: (open: number) => `the verdict is non-compliant with ${plural(open, 'open gap')}`,
  tooManyGaps: (count: number, severity: Severity, allowed: number) =>
    `${count} open ${severity} gap${count === 1 ? '' : 's'}; the policy allows ${allowed}`,
  overdue: (threshold: Severity, gaps: readonly {id: string; due: string | undefined}[]) =>
    `${plural(gaps.length, 'gap')} at or above ${threshold} past the due date: ${gaps.map((g) => `${g.id} (due ${g.due})`).join(', ')}`,
  domainScoreLow: (domain: string, score: number, min: number) => `domain ${domain} scores ${score}; the policy requires ${min}`,
  overallScoreLow: (score: number, min: number) => `the overall score is ${score}; the policy requires ${min}`,
  domainMissing: (domain: string) => `domain ${domain} has no assessed control`,
  domainUnanswered: (domain: string, count: number) => `domain ${domain} has ${plural(count, 'unanswered control')}`,
  exceptionsTooShort: (until: string, days: number, exceptions: readonly {id: string; reviewBy: string | undefined}[]) =>
    `exceptions must stay valid until ${until} (exceptions_valid_for_days: ${days}): ${exceptions.map((e) => `${e.id} (${e.reviewBy === undefined ? 'no review_by' : `review by ${e.reviewBy}`})`).join(', ')}`,
  terminalPtsExpired: (serial: string, expiry: string | undefined) =>
    `terminal ${serial} is in use ${expiry ? `with a PTS approval that expired on ${expiry}` : 'with no PTS approval expiry recorded'}`,
  intervalTooLong: (days: number, max: number) =>
    `the risk analysis sets ${days} days between inspections (profile inspection_interval_days); the policy allows at most ${max}`,
  tooFewTerminals: (count: number, min: number) => `${plural(count, 'terminal')} in use; the policy expects at least ${min}`,
  ptsExpiring: (limit: string, terminals: readonly {serial: string; expiry: string}[]) =>
    `PTS approvals expiring by ${limit}: ${terminals.map((t) => `${t.serial} (${t.expiry})`).join(', ')}`,
  noSealIds: (serials: readonly string[]) => `terminals in use without seal ids: ${serials.join(', ')}`,
  inspectionOverdue: (max: number, serials: readonly string[]) => `terminals not inspected within ${max} days of the assessment: ${serials.join(', ')}`,

  // reading and deriving the submission
  noResult: 'no result could be read',
  empty: 'the file is empty',
  tooLarge: (size: number, limit: number) => `the file is ${size} bytes; the limit is ${limit}`,
  notASubmission: 'neither a PDF report nor a result JSON',
  theFile: 'the file',
  theEmbedded: (name: string) => `the embedded ${name}`,
  notJson: (what: string, reason: string) => `${what} is not JSON: ${reason}`,
  notUtf8: 'not UTF-8 text',
  notAResult: (what: string, problem: string, more: number) =>
    `${what} is not a valid posattest result: ${problem}${more > 0 ? ` (and ${plural(more, 'more problem')})` : ''}`,
  /** A schema problem at a path of a submitted document. */
  at: (where: string, message: string) => (where ? `${where}: ${message}` : message),
  pdfUnreadable: (problem: string | undefined) => `the PDF cannot be read: ${problem ?? 'unknown problem'}`,
  noResultAttachment: (name: string) => `the PDF carries no ${name} attachment: it is not a posattest report`,
  uncheckable: (message: string) => `the signature cannot be checked: ${message}`,
  bytesNotKept: 'the result cannot be evaluated again: its bytes were not kept',
  unknownCatalog: (id: string, version: string, known: string) =>
    `the result names catalog ${id} ${version}, which this gate does not hold (it knows ${known}): it cannot be evaluated again`,
  embeddedAnswers: (name: string) => `embedded ${name}`,
  recordedAnswers: 'answers recorded in the result',
  cannotEvaluate: (what: string, message: string) => `the ${what} cannot be evaluated: ${message}`,
  sameValuesWrittenDifferently: 'the same values written differently (not as posattest serializes them)',
  firstAt: (pointer: string) => `first at ${pointer}`,
  otherVersion: (generator: string, ours: string, where: string) => `the result was made by ${generator}; its evaluation by ${ours} differs, ${where}`,
  notDerived: (name: string, what: string, where: string) => `the embedded ${name} is not the evaluation of the ${what}: it differs ${where}`,
  noEmbeddedAnswers: (name: string) =>
    `the report carries no ${name}: it was made by an older posattest or from a stored result, and its result cannot be evaluated again`,
  answersNotJson: (name: string, error: string) => `the embedded ${name} is not JSON: ${error}`,
  answersInvalid: (name: string, problem: string) => `the embedded ${name} is not a valid answers file: ${problem}`,
  answersNotCanonical: (name: string) => `the embedded ${name} is not in canonical form (sorted keys, no spaces, one final newline)`,
  previousInvalid: (name: string, problem: string) => `the embedded ${name} is not a valid posattest result: ${problem}`,
  recordedAnswersInvalid: (problem: string) => `the answers recorded in the result are not valid: ${problem}`,
  inventoryNotDerived: (name: string, where: string) => `the attached ${name} is not the inventory of the embedded answers: ${where}`,
  inventoryFirstLine: (line: number) => `it first differs at line ${line}`,
  inventoryMissing: (name: string, terminals: number) => `the report's inventory of ${terminals} terminals is too long to list on its pages, but the report attaches no ${name}`,
  inventoryUnexpected: (name: string, terminals: number) => `the report attaches ${name} although its ${terminals} terminals are listed on its pages`,

  // reproduction
  bareNotReproducible: 'a bare result JSON has no signed pages to reproduce',
  notReproducible: (code: string, message: string) => `${code}: ${message}`,
  noSignatureToReproduce: 'the file carries no signature to reproduce',
  renderedByOther: (other: string, ours: string) => `the report was rendered by ${other}; this is ${ours}, which renders other bytes`,
  noCreationDate: 'the file has no creation date as posattest writes it',
  signatureReserve: (reserved: number, ours: number) => `the signature field reserves ${reserved} bytes; posattest reserves ${ours}`,
  pagesDiffer: (generator: string, route: string, at: number, object: number | undefined) =>
    `the signed bytes are not what ${generator} renders from the embedded data (${route}): they differ from byte ${at}${object === undefined ? '' : `, in object ${object}`}; the report was changed after it was rendered`,

  // the report
  concerned: (inventory: boolean, subjects: readonly string[]) => ` (${inventory ? 'terminals' : 'controls'}: ${subjects.join(', ')})`,
  merchantUnknown: 'merchant unknown',
  merchant: (legal: string, trading: string | undefined, id: string | undefined) =>
    `${legal}${trading ? ` trading as ${trading}` : ''}${id ? ` (${id})` : ''}`,
  unsignedJson: 'unsigned result JSON',
  unsigned: 'unsigned',
  signedBy: (signer: string | undefined) => (signer ? `signed by ${signer}` : 'signed'),
  signatureInvalidShort: 'signature invalid',
  signatureUntrustedShort: 'signature untrusted',
  assessed: (date: string) => `assessed ${date}`,
  compliant: 'compliant',
  nonCompliant: 'non-compliant',
  score: (score: number) => `score ${score}`,
  contentNotShown: 'content not shown (unverified)',
  separator: ' · ',
  outcome: (outcome: 'pass' | 'fail' | 'error', file: string, head: string) => `${outcome.toUpperCase()} ${file}: ${head}`,
  failingRules: (count: number) => `Failing rules (${count}):`,
  warnings: (count: number) => `Warnings (${count}):`,
  reasonLine: (rule: string, message: string) => `  ${rule}: ${message}`,
  summary: (policy: string, now: string, expires: string | null, pass: number, fail: number, skipped: number) =>
    `Policy "${policy}", day of judgement ${now}` +
    (expires ? `; the assessment is accepted until ${expires}` : '') +
    `: ${plural(pass, 'rule')} passed, ${fail} failed, ${skipped} not applied`,
  notSetByPolicy: 'not set by the policy',
  notJudgedRefused: 'not judged: the signature is refused, so nothing the submission says is taken as fact',
  nothingToJudge: 'nothing to judge: the submission has no readable result',

  // the policy file
  unknownDomain: (where: string, name: string, hint: readonly string[]) =>
    `${where}: unknown domain ${JSON.stringify(name)}${hint.length ? ` (did you mean ${hint.join(' or ')}?)` : ''}`,
  conflictingPtsKeys: (forbid: boolean, mode: string) =>
    `inventory.forbid_expired_pts: ${String(forbid)} contradicts inventory.expired_pts: ${mode} (give expired_pts alone: warn or fail)`,
  noTrustedRoot: 'no trusted root certificate',
  noTrustedRootNext: 'list them under trusted_roots in the policy, or pass --ca FILE',
}

/** The texts above, and their types, are the ones every language has. */
export type GateMessages = typeof en

const SEVERITY_ZH: Readonly<Record<Severity, string>> = {critical: '严重', high: '高', medium: '中', low: '低'}
const OUTCOME_ZH = {pass: '通过', fail: '未通过', error: '无法判定'} as const
const list = (items: readonly string[]) => items.join('、')

const zhCN: GateMessages = {
  rules: {
    submission: '提交的文件可以读取：带有评估结果的 PDF 报告，或符合结果架构的结果 JSON',
    signature: '提交的文件已签名，签名有效，且签名者可链接到受信任的根证书',
    derivation: '结果正是 posattest 根据内嵌答案（及上一次结果）推导出的结果；单独的结果 JSON 与其目录一致',
    reproducible: '已签名的页面与 posattest 根据内嵌数据渲染的结果逐字节一致（require_reproducible）',
    'assessment-age': '评估足够新，且日期不在未来',
    catalog: `评估使用了规定的${ZH.catalog}，且版本不低于最低版本`,
    'saq-type': '商户符合策略接受的某一 SAQ 类型的资格（allowed_saq_types）',
    verdict: '评估结论符合策略的要求',
    'open-gaps': `各严重程度的未关闭${ZH.gap}数量在允许范围内`,
    'overdue-gaps': `达到或高于严重程度阈值的未关闭${ZH.gap}均未逾期`,
    'domain-score': '每个领域的得分都不低于其最低分',
    'overall-score': '总分不低于最低分',
    'required-domains': '规定的领域均已评估，且全部作答',
    exceptions: `每个${ZH.exception}（不适用、以补偿性控制落实）在判定日后仍保持足够久：其${ZH.reviewBy}距判定日足够远`,
    inventory: `${ZH.terminalRegister}符合策略要求（PTS 认证、${ZH.seal}、${ZH.inspection}及其间隔）`,
  },

  notSigned: '提交的文件未签名，而策略只接受已签名的报告',
  signatureInvalid: (problems) => `签名无效：${problems.join('；') || '验证失败'}`,
  signer: (name) => (name ? `签名者 ${name}` : '签名者'),
  signerUntrusted: (who) => `${who}无法链接到受信任的根证书`,
  signerNotTrusted: (who, problems) => `${who}不受信任：${problems.join('；')}`,

  inFuture: (date, now) => `评估日期为 ${date}，晚于判定日 ${now}`,
  tooOld: (date, age, max) => `${date} 的评估已过去 ${age} 天；策略允许 ${max} 天`,
  catalogMismatch: (id, required) => `评估使用的${ZH.catalog}为 ${id}；策略要求 ${required}`,
  catalogTooOld: (version, required) => `${ZH.catalog}版本 ${version} 低于要求的 ${required}`,
  saqNotDetermined: (allowed) => `未确定 SAQ 类型（没有范围界定的回答）；策略接受 ${allowed}`,
  saqIneligible: (unmet, allowed) =>
    `商户不符合任何简版 SAQ 的资格（未满足：${unmet.map((u) => `${u.saq}：${list(u.criteria)}`).join('；')}）；策略接受 ${allowed}`,
  saqNotAllowed: (saq, allowed) => `商户的 SAQ 类型为 ${saq}；策略接受 ${allowed}`,
  notCompliant: (open) => `评估结论为不合规，有 ${open} 个未关闭的${ZH.gap}`,
  tooManyGaps: (count, severity, allowed) => `有 ${count} 个严重程度为“${SEVERITY_ZH[severity]}”的未关闭${ZH.gap}；策略允许 ${allowed} 个`,
  overdue: (threshold, gaps) =>
    `有 ${gaps.length} 个严重程度达到或高于“${SEVERITY_ZH[threshold]}”的${ZH.gap}已逾期：${list(gaps.map((g) => `${g.id}（截止 ${g.due}）`))}`,
  domainScoreLow: (domain, score, min) => `领域 ${domain} 得分 ${score}；策略要求 ${min}`,
  overallScoreLow: (score, min) => `总分为 ${score}；策略要求 ${min}`,
  domainMissing: (domain) => `领域 ${domain} 没有经过评估的${ZH.control}`,
  domainUnanswered: (domain, count) => `领域 ${domain} 有 ${count} 个未作答的${ZH.control}`,
  exceptionsTooShort: (until, days, exceptions) =>
    `${ZH.exception}须至少有效至 ${until}（exceptions_valid_for_days：${days}）：${list(exceptions.map((e) => `${e.id}（${e.reviewBy === undefined ? '没有 review_by' : `${ZH.reviewBy} ${e.reviewBy}`}）`))}`,
  terminalPtsExpired: (serial, expiry) =>
    `${ZH.terminal} ${serial} 正在使用，${expiry ? `其 PTS 认证已于 ${expiry} 到期` : '但未记录 PTS 认证到期日'}`,
  intervalTooLong: (days, max) => `风险分析规定的${ZH.inspection}间隔为 ${days} 天（profile inspection_interval_days）；策略最多允许 ${max} 天`,
  tooFewTerminals: (count, min) => `${ZH.inUse}的${ZH.terminal}有 ${count} 台；策略要求至少 ${min} 台`,
  ptsExpiring: (limit, terminals) => `将于 ${limit} 前到期的 PTS 认证：${list(terminals.map((t) => `${t.serial}（${t.expiry}）`))}`,
  noSealIds: (serials) => `${ZH.inUse}但未记录${ZH.sealIds}的${ZH.terminal}：${list(serials)}`,
  inspectionOverdue: (max, serials) => `评估日前 ${max} 天内未经${ZH.inspection}的${ZH.terminal}：${list(serials)}`,

  noResult: '无法读取任何结果',
  empty: '文件为空',
  tooLarge: (size, limit) => `文件大小为 ${size} 字节，上限为 ${limit} 字节`,
  notASubmission: '既不是 PDF 报告，也不是结果 JSON',
  theFile: '该文件',
  theEmbedded: (name) => `内嵌的 ${name}`,
  notJson: (what, reason) => `${what}不是 JSON：${reason}`,
  notUtf8: '不是 UTF-8 文本',
  notAResult: (what, problem, more) => `${what}不是有效的 posattest 结果：${problem}${more > 0 ? `（另有 ${more} 个问题）` : ''}`,
  at: (where, message) => (where ? `${where}：${message}` : message),
  pdfUnreadable: (problem) => `无法读取该 PDF：${problem ?? '未知问题'}`,
  noResultAttachment: (name) => `该 PDF 没有 ${name} 附件：它不是 posattest 报告`,
  uncheckable: (message) => `无法检查签名：${message}`,
  bytesNotKept: '无法重新评估该结果：未保留其原始字节',
  unknownCatalog: (id, version, known) => `结果使用的${ZH.catalog}为 ${id} ${version}，本 gate 没有该${ZH.catalog}（已有：${known}）：无法重新评估`,
  embeddedAnswers: (name) => `内嵌的 ${name}`,
  recordedAnswers: '结果中记录的答案',
  cannotEvaluate: (what, message) => `无法评估${what}：${message}`,
  sameValuesWrittenDifferently: '值相同但写法不同（并非 posattest 的序列化方式）',
  firstAt: (pointer) => `首个差异位于 ${pointer}`,
  otherVersion: (generator, ours, where) => `该结果由 ${generator} 生成；${ours} 的评估结果与之不同，${where}`,
  notDerived: (name, what, where) => `内嵌的 ${name} 不是对${what}的评估结果：${where}`,
  noEmbeddedAnswers: (name) => `该报告没有内嵌 ${name}：它由旧版 posattest 或根据已存储的结果生成，其结果无法重新评估`,
  answersNotJson: (name, error) => `内嵌的 ${name} 不是 JSON：${error}`,
  answersInvalid: (name, problem) => `内嵌的 ${name} 不是有效的答案文件：${problem}`,
  answersNotCanonical: (name) => `内嵌的 ${name} 不是规范格式（键已排序、无空格、以一个换行符结尾）`,
  previousInvalid: (name, problem) => `内嵌的 ${name} 不是有效的 posattest 结果：${problem}`,
  recordedAnswersInvalid: (problem) => `结果中记录的答案无效：${problem}`,
  inventoryNotDerived: (name, where) => `所附的 ${name} 不是内嵌答案的终端清单：${where}`,
  inventoryFirstLine: (line) => `第一处不同在第 ${line} 行`,
  inventoryMissing: (name, terminals) => `报告的终端清单有 ${terminals} 台终端，无法逐台列在页面上，但报告没有附上 ${name}`,
  inventoryUnexpected: (name, terminals) => `报告的 ${terminals} 台终端已逐台列在页面上，却仍附有 ${name}`,

  bareNotReproducible: '单独的结果 JSON 没有可复现的已签名页面',
  notReproducible: (code, message) => `${code}：${message}`,
  noSignatureToReproduce: '该文件没有可复现的签名',
  renderedByOther: (other, ours) => `该报告由 ${other} 渲染；当前为 ${ours}，渲染出的字节不同`,
  noCreationDate: '该文件没有 posattest 写入的创建日期',
  signatureReserve: (reserved, ours) => `签名字段预留了 ${reserved} 字节；posattest 预留 ${ours} 字节`,
  pagesDiffer: (generator, route, at, object) =>
    `已签名的字节与 ${generator} 根据内嵌数据渲染的结果不同（${route}）：自第 ${at} 字节起不一致${object === undefined ? '' : `（位于对象 ${object}）`}；报告在渲染后被改动过`,

  concerned: (inventory, subjects) => `（${inventory ? ZH.terminal : ZH.control}：${list(subjects)}）`,
  merchantUnknown: `${ZH.merchant}未知`,
  merchant: (legal, trading, id) => `${legal}${trading ? `（经营名称 ${trading}）` : ''}${id ? `（${id}）` : ''}`,
  unsignedJson: '未签名的结果 JSON',
  unsigned: '未签名',
  signedBy: (signer) => (signer ? `签名者 ${signer}` : '已签名'),
  signatureInvalidShort: '签名无效',
  signatureUntrustedShort: '签名不受信任',
  assessed: (date) => `评估日 ${date}`,
  compliant: '合规',
  nonCompliant: '不合规',
  score: (score) => `得分 ${score}`,
  contentNotShown: '内容未显示（未经验证）',
  separator: ' · ',
  outcome: (outcome, file, head) => `${OUTCOME_ZH[outcome]} ${file}：${head}`,
  failingRules: (count) => `未通过的规则（${count}）：`,
  warnings: (count) => `警告（${count}）：`,
  reasonLine: (rule, message) => `  ${rule}：${message}`,
  summary: (policy, now, expires, pass, fail, skipped) =>
    `策略“${policy}”，判定日 ${now}` +
    (expires ? `；该评估可被接受至 ${expires}` : '') +
    `：${pass} 条规则通过，${fail} 条未通过，${skipped} 条未适用`,
  notSetByPolicy: '策略未设置此项',
  notJudgedRefused: '未判定：签名被拒绝，因此提交文件中的任何内容都不作为事实',
  nothingToJudge: '无可判定：提交的文件中没有可读取的结果',

  unknownDomain: (where, name, hint) => `${where}：未知的领域 ${JSON.stringify(name)}${hint.length ? `（是否应为 ${hint.join(' 或 ')}？）` : ''}`,
  conflictingPtsKeys: (forbid, mode) =>
    `inventory.forbid_expired_pts: ${String(forbid)} 与 inventory.expired_pts: ${mode} 相矛盾（只写 expired_pts：warn 或 fail）`,
  noTrustedRoot: '没有受信任的根证书',
  noTrustedRootNext: '请在策略的 trusted_roots 中列出，或使用 --ca FILE',
}

export const GATE_MESSAGES: Record<Language, GateMessages> = {en, 'zh-CN': zhCN}
