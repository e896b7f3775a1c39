import {describe, expect, it} from 'vitest'
import {profileFacts} from '../../src/catalog/applicability.js'
import {checkTemplate} from '../../src/catalog/template-variables.js'

const check = (template: string) => checkTemplate(template, profileFacts())
const messages = (template: string) => check(template).map((p) => `${p.rule}: ${p.message}`)

describe('checkTemplate', () => {
  it('accepts what the remediation context provides', () => {
    for (const template of [
      'Plain text with no variables.',
      '{{entity.legal_name}} ({{entity.merchant_id}}) must act by {{due_date}} for {{control.id}} {{control.title}}.',
      '{{assessment.acquirer}} {{assessment.date}} {{answer.owner}} {{answer.target_date}} {{profile.location_count}}',
      '{{#each devices}}{{serial}} at {{location}} ({{this.model}}, seals {{join seal_ids}}){{#unless @last}}, {{/unless}}{{/each}}',
      '{{#each devices_in_use as |device i|}}{{i}}: {{device.serial}} {{@index}}{{/each}}',
      '{{#each devices}}{{../entity.trading_name}} {{@root.assessment.date}}{{else}}no terminals{{/each}}',
      '{{count devices}} terminals: {{serials devices_in_use}}; {{devices.length}} failed',
      '{{#if profile.p2pe_solution}}P2PE{{else if profile.remote_updates}}remote{{else}}neither{{/if}}',
      '{{#each profile.terminal_connections}}{{this}} {{/each}}{{join profile.terminal_connections}}',
      '{{!-- a comment naming {{nothing}} --}}',
    ]) {
      expect(messages(template), template).toEqual([])
    }
  })

  it('reports names the context does not have', () => {
    // A quoted name is a lookup too in Handlebars: {{"merchant"}} reads the merchant property.
    expect(messages('{{entity.name}} {{"merchant"}} {{profile.colour}} {{due_date.day}} {{entity.legal_name.first}}')).toEqual([
      'template-variable: names unknown variable entity.name',
      'template-variable: names unknown variable merchant',
      'template-variable: names unknown variable profile.colour',
      'template-variable: names unknown variable due_date.day',
      'template-variable: names unknown variable entity.legal_name.first',
    ])
  })

  it('resolves names inside {{#each devices}} against the device', () => {
    expect(messages('{{#each devices}}{{entity.legal_name}}{{serial.x}}{{/each}}')).toEqual([
      'template-variable: names unknown device field entity.legal_name inside {{#each}} (fields: serial, make, model, pts_approval, pts_expiry, location, seal_ids, last_inspection, firmware, state)',
      'template-variable: names unknown device field serial.x',
    ])
    expect(messages('{{#each profile.terminal_connections}}{{serial}}{{/each}}')).toEqual([
      'template-variable: names serial inside an {{#each}} over plain values; use {{this}}',
    ])
  })

  it('reports data variables outside {{#each}} and paths above the top', () => {
    expect(messages('{{@index}} {{@colour}} {{../entity.legal_name}}')).toEqual([
      'template-variable: names @index outside {{#each}}',
      'template-variable: names unknown data variable @colour',
      'template-variable: names ../entity.legal_name, which reaches above the top of the context',
    ])
  })

  it('reports helpers and blocks that are not available', () => {
    expect(messages('{{shout entity.legal_name}} {{lookup devices 0}} {{count}} {{if x}}')).toEqual([
      'template-variable: names unknown helper shout (helpers: serials, count, join)',
      'template-variable: names unknown helper lookup (helpers: serials, count, join)',
      'template-variable: calls helper count without an argument (e.g. {{count devices}})',
      'template-variable: uses {{if}} without #; write {{#if ...}}...{{/if}}',
      'template-variable: names unknown variable x',
    ])
    expect(messages('{{#with entity}}{{legal_name}}{{/with}}{{#serials devices}}x{{/serials}}{{> footer}}{{#each}}{{/each}}')).toEqual([
      'template-variable: names unknown block helper with (blocks: each, if, unless)',
      'template-variable: names unknown variable legal_name',
      'template-variable: uses helper serials as a block; write {{serials ...}}',
      'template-variable: uses a partial ({{> ...}}); remediation steps cannot include partials',
      'template-variable: uses {{#each}} without exactly one list to walk (e.g. {{#each devices}})',
    ])
  })

  it('checks arguments of helpers and subexpressions', () => {
    expect(messages('{{join (serials devicez)}}')).toEqual(['template-variable: names unknown variable devicez'])
  })

  it('reports what does not compile as one line with its position', () => {
    expect(messages('{{#each devices}}x')).toEqual([
      "template-syntax: parse error on line 1, column 19: expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'",
    ])
    expect(messages('{{#each devices}}{{/if}}')).toEqual(["template-syntax: each doesn't match if (line 1, column 3)"])
    expect(messages('{{foo/../bar}}')).toEqual(['template-syntax: Invalid path: foo/.. (line 1, column 2)'])
  })
})
