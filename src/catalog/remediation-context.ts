/**
 * What a remediation step template may name. The catalog's steps are handlebars templates rendered
 * by evaluation for one answer; `catalog lint` rejects a template naming anything not listed here.
 *
 *   entity       legal_name, trading_name, merchant_id, acquirer_id, country
 *   assessment   date, role, acquirer
 *   control      id, title (in the report language)
 *   answer       status, notes, owner, target_date
 *   profile      the profile facts (see schemas/answers.schema.json)
 *   devices      terminals in use that failed this control's device_checks (each a Device)
 *   devices_in_use  every terminal in use
 *   due_date     assessment date + the control's deadline_days
 *   interval_days  days allowed between inspections: the entity's own (interval_fact) or the catalog's
 *
 * Inside {{#each devices}} or {{#each devices_in_use}} a step may name a device's fields.
 * Helpers: {{serials devices}} ("A1, B2"), {{count devices}}, {{join list}}.
 */
export const CONTEXT_ROOTS = {
  entity: ['legal_name', 'trading_name', 'merchant_id', 'acquirer_id', 'country'],
  assessment: ['date', 'role', 'acquirer'],
  control: ['id', 'title'],
  answer: ['status', 'notes', 'owner', 'target_date'],
  profile: null, // any profile fact: checked against the answers schema
  devices: 'device-list',
  devices_in_use: 'device-list',
  due_date: [],
  interval_days: [],
} as const

export const TEMPLATE_HELPERS = ['serials', 'count', 'join'] as const
