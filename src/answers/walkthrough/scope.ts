import {schemaDocument} from '../../io/schemas.js'
import {factsForRole, isOptionalFact} from '../answers-template.js'
import {SCOPE_MESSAGES} from './scope-messages.js'
import {SHORT_TEXT, type WalkthroughSession} from './session.js'

/** Asks the profile facts the file lacks: the same facts `posattest init` lists for the role. */
export async function askScope(s: WalkthroughSession): Promise<void> {
  const m = SCOPE_MESSAGES[s.lang]
  const facts = factsForRole(s.options.catalog, s.role())
  const needed = facts.filter((f) => profileSchema().properties[f].type !== 'string' && !isOptionalFact(f))
  if (needed.every((f) => s.has(['profile', f]))) {
    s.print(s.m.sectionComplete(m.section, m.factCount(needed.length)))
    return
  }
  s.heading(m.section)
  for (const fact of facts) {
    if (s.has(['profile', fact])) continue
    if (fact === 'p2pe_listing_id' && s.doc.get(['profile', 'p2pe_solution']) !== true) {
      await s.dropPlaceholder(['profile', fact])
      continue
    }
    const schema = profileSchema().properties[fact]
    const words = m.facts[fact] ?? {question: String(schema.description ?? fact), explanation: ''}
    if (words.explanation) s.print(`  ${words.explanation}`)
    let value: unknown
    if (schema.type === 'boolean') {
      value = await s.prompts.confirm({message: words.question, default: false})
    } else if (schema.type === 'integer') {
      const minimum = Number(schema.minimum ?? 0)
      // An optional fact (an interval of the entity's own) may be skipped: the catalog's default applies.
      const optional = isOptionalFact(fact)
      const given = await s.text(words.question, {
        required: !optional,
        check: (v) => (/^[0-9]+$/.test(v) && Number(v) >= minimum && Number(v) <= Number(schema.maximum ?? Number.MAX_SAFE_INTEGER) ? undefined : m.badInteger(minimum)),
      })
      if (given === '') continue
      value = Number(given)
    } else if (schema.type === 'array') {
      const options: string[] = schema.items.enum
      value = await s.prompts.checkbox({
        message: words.question,
        choices: options.map((o) => ({value: o, name: m.connectionNames[o] ?? o})),
      })
    } else {
      value = await s.text(words.question, {maxLength: Number(schema.maxLength ?? SHORT_TEXT)})
      if (value === '') {
        await s.dropPlaceholder(['profile', fact])
        continue
      }
    }
    await s.put(['profile', fact], value)
  }
}

let profileSchemaCache: {properties: Record<string, any>} | undefined
function profileSchema(): {properties: Record<string, any>} {
  profileSchemaCache ??= schemaDocument('answers').$defs.profile
  return profileSchemaCache!
}
