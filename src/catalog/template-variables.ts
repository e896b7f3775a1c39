import Handlebars from 'handlebars'
import {DEVICE_FIELDS} from '../model/device.js'
import {LINT_MESSAGES, type LintMessages} from './lint-messages.js'
import {CONTEXT_ROOTS, TEMPLATE_HELPERS} from './remediation-context.js'

/** Why a remediation-step template cannot be used: it does not compile, or it names something unknown. */
export interface TemplateProblem {
  rule: 'template-syntax' | 'template-variable'
  message: string
}

/** What a name resolves to inside a template: the whole context, one device, or a plain value. */
type ScopeKind = 'root' | 'device' | 'value'

interface Scope {
  kind: ScopeKind
  /** Set for the body of an {{#each}}: @index, @first, @last and @key exist there. */
  inEach: boolean
  /** `as |item index|` names of an {{#each}}: the first is an item of `kind`, the second its index. */
  blockParams: readonly string[]
}

/** Handlebars helpers that exist whatever the template context; only these blocks are allowed. */
const BLOCK_HELPERS = ['each', 'if', 'unless'] as const
const EACH_DATA = ['index', 'first', 'last', 'key'] as const

/**
 * Checks one remediation-step template: it must compile, and every variable and helper it names must be
 * in the remediation context (src/catalog/remediation-context.ts). Walks the Handlebars AST, so names in
 * comments or plain text are not mistaken for variables.
 */
export function checkTemplate(text: string, profileFacts: readonly string[], say: LintMessages = LINT_MESSAGES.en): TemplateProblem[] {
  let ast: hbs.AST.Program
  try {
    ast = Handlebars.parse(text)
    Handlebars.precompile(ast)
  } catch (error) {
    return [{rule: 'template-syntax', message: describeCompileError((error as Error).message, say)}]
  }
  const walker = new TemplateWalker(profileFacts, say)
  walker.program(ast, [{kind: 'root', inEach: false, blockParams: []}])
  return [...new Set(walker.problems)].map((message) => ({rule: 'template-variable', message}))
}

/** Handlebars' parse errors span several lines (source excerpt, caret); keep one line with the column. */
function describeCompileError(message: string, say: LintMessages): string {
  const lines = message.split('\n')
  const parse = /^Parse error on line (\d+):$/.exec(lines[0] ?? '')
  if (parse && lines.length >= 4) {
    const caret = lines[2]!.indexOf('^')
    const expecting = lines.slice(3).join(' ')
    return say.parseError(parse[1]!, caret + 1, `${expecting.charAt(0).toLowerCase()}${expecting.slice(1)}`)
  }
  return lines[0]!.replace(/ - (\d+):(\d+)$/, ' (line $1, column $2)')
}

class TemplateWalker {
  readonly problems: string[] = []

  constructor(
    private readonly facts: readonly string[],
    private readonly say: LintMessages,
  ) {}

  program(program: hbs.AST.Program | undefined, scopes: readonly Scope[]): void {
    for (const statement of program?.body ?? []) this.statement(statement, scopes)
  }

  private statement(node: hbs.AST.Statement, scopes: readonly Scope[]): void {
    switch (node.type) {
      case 'MustacheStatement':
        this.call(node as hbs.AST.MustacheStatement, scopes)
        break
      case 'BlockStatement':
        this.block(node as hbs.AST.BlockStatement, scopes)
        break
      case 'PartialStatement':
      case 'PartialBlockStatement':
        this.problems.push(this.say.partial)
        break
      case 'Decorator':
      case 'DecoratorBlock':
        this.problems.push(this.say.decorator)
        break
      default:
        // ContentStatement and CommentStatement name nothing.
        break
    }
  }

  /** A mustache or subexpression: a helper call when it has arguments, otherwise a variable. */
  private call(node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, scopes: readonly Scope[]): void {
    const callee = node.path
    if (callee.type !== 'PathExpression') return // a literal such as {{true}}
    const path = callee as hbs.AST.PathExpression
    const hasArguments = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0
    const name = helperName(path)
    if ((BLOCK_HELPERS as readonly string[]).includes(name ?? '')) {
      this.problems.push(this.say.blockWithoutHash(name!))
    } else if (name !== undefined && (TEMPLATE_HELPERS as readonly string[]).includes(name)) {
      if (!hasArguments) this.problems.push(this.say.helperWithoutArgument(name))
    } else if (hasArguments) {
      this.problems.push(this.say.unknownHelper(path.original, TEMPLATE_HELPERS))
    } else {
      this.path(path, scopes)
    }
    this.arguments(node, scopes)
  }

  private arguments(node: {params: hbs.AST.Expression[]; hash?: hbs.AST.Hash}, scopes: readonly Scope[]): void {
    for (const param of node.params) this.expression(param, scopes)
    for (const pair of node.hash?.pairs ?? []) this.expression(pair.value, scopes)
  }

  private expression(node: hbs.AST.Expression, scopes: readonly Scope[]): void {
    if (node.type === 'PathExpression') this.path(node as hbs.AST.PathExpression, scopes)
    else if (node.type === 'SubExpression') this.call(node as hbs.AST.SubExpression, scopes)
  }

  private block(node: hbs.AST.BlockStatement, scopes: readonly Scope[]): void {
    const name = node.path.type === 'PathExpression' ? helperName(node.path as hbs.AST.PathExpression) : undefined
    if (name === 'each') {
      const target = node.params[0]
      let item: ScopeKind = 'value'
      if (node.params.length !== 1 || target?.type !== 'PathExpression') {
        this.problems.push(this.say.eachWithoutList)
      } else {
        const resolved = this.path(target as hbs.AST.PathExpression, scopes)
        if (resolved === 'device-list') item = 'device'
      }
      const inner: Scope = {kind: item, inEach: true, blockParams: node.program?.blockParams ?? []}
      this.program(node.program, [...scopes, inner])
      this.program(node.inverse, scopes)
      return
    }
    if (name === 'if' || name === 'unless') {
      if (node.params.length !== 1) this.problems.push(this.say.conditionCount(name))
      this.arguments(node, scopes)
      this.program(node.program, scopes)
      this.program(node.inverse, scopes)
      return
    }
    const label = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : String(node.path)
    this.problems.push(
      name !== undefined && (TEMPLATE_HELPERS as readonly string[]).includes(name)
        ? this.say.helperAsBlock(name)
        : this.say.unknownBlockHelper(label, BLOCK_HELPERS),
    )
    this.arguments(node, scopes)
    this.program(node.program, scopes)
    this.program(node.inverse, scopes)
  }

  /**
   * Checks that a path names something in the context; returns what it names when that matters to
   * the caller ('device-list' for the lists an {{#each}} turns into device scopes).
   */
  private path(node: hbs.AST.PathExpression, scopes: readonly Scope[]): 'device-list' | 'other' | undefined {
    const parts = node.parts.map(String)
    if (node.data) {
      if (parts[0] === 'root') return this.rootPath(node.original, parts.slice(1))
      if ((EACH_DATA as readonly string[]).includes(parts[0] ?? '') && parts.length === 1) {
        if (!scopes[scopes.length - 1]!.inEach) this.problems.push(this.say.outsideEach(node.original))
        return 'other'
      }
      this.problems.push(this.say.unknownDataVariable(node.original))
      return undefined
    }
    if (node.depth === 0 && parts.length > 0) {
      for (let i = scopes.length - 1; i >= 0; i--) {
        const position = scopes[i]!.blockParams.indexOf(parts[0]!)
        if (position === 0) return this.scopedPath(node.original, scopes[i]!.kind, parts.slice(1))
        if (position === 1) {
          if (parts.length > 1) this.problems.push(this.say.listPosition(node.original, parts[0]!))
          return 'other'
        }
      }
    }
    const scope = scopes[scopes.length - 1 - node.depth]
    if (scope === undefined) {
      this.problems.push(this.say.aboveTop(node.original))
      return undefined
    }
    return this.scopedPath(node.original, scope.kind, parts)
  }

  private scopedPath(original: string, kind: ScopeKind, parts: string[]): 'device-list' | 'other' | undefined {
    if (parts.length === 0) return 'other' // {{this}}
    if (kind === 'root') return this.rootPath(original, parts)
    if (kind === 'device') {
      const [field, more] = parts
      if (!(DEVICE_FIELDS as readonly string[]).includes(field!)) {
        this.problems.push(this.say.unknownDeviceFieldInEach(original, DEVICE_FIELDS))
        return undefined
      }
      if (parts.length > 2 || (more !== undefined && !(field === 'seal_ids' && more === 'length'))) {
        this.problems.push(this.say.unknownDeviceField(original))
        return undefined
      }
      return 'other'
    }
    this.problems.push(this.say.plainValueField(original))
    return undefined
  }

  private rootPath(original: string, parts: string[]): 'device-list' | 'other' | undefined {
    const [root, field, ...rest] = parts
    if (root === undefined) return 'other'
    if (!Object.hasOwn(CONTEXT_ROOTS, root)) {
      this.problems.push(this.say.unknownVariable(original))
      return undefined
    }
    const spec = CONTEXT_ROOTS[root as keyof typeof CONTEXT_ROOTS]
    if (field === undefined) return spec === 'device-list' ? 'device-list' : 'other'
    const known =
      spec === null
        ? this.facts.includes(field)
        : spec === 'device-list'
          ? field === 'length'
          : (spec as readonly string[]).includes(field)
    if (!known || rest.length > 0) {
      this.problems.push(this.say.unknownVariable(original))
      return undefined
    }
    return 'other'
  }
}

/** The helper a call names: a simple name, not `this.x`, `../x` or `@x`. */
function helperName(path: hbs.AST.PathExpression): string | undefined {
  return !path.data && path.depth === 0 && path.parts.length === 1 && path.original === path.parts[0]
    ? String(path.parts[0])
    : undefined
}
