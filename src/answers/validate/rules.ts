/** Rule ids `validate` reports, each with the one line SARIF shows. */
export const ANSWERS_RULES: Readonly<Record<string, string>> = {
  'yaml-syntax': 'The file is not well-formed YAML (or expands too many aliases).',
  'file-too-large': 'The file is larger than posattest reads.',
  'binary-file': 'The file is not UTF-8 text.',
  schema: 'The file does not match schemas/answers.schema.json.',
  placeholder: 'A CHANGE ME placeholder from `posattest init` is still there.',
  scoping: 'A scoping (SAQ eligibility) answer names no criterion of the catalog, or is given where none applies.',
  'scoping-missing': 'A merchant answers file has no scoping section, so no SAQ type is determined.',
  'scoping-unanswered': 'An SAQ eligibility criterion is not answered, so the SAQ type cannot be fully determined.',
  'unknown-control': 'An answer names a control the catalog does not have for this role.',
  unanswered: 'A control that applies to this assessment has no status.',
  'status-requirements':
    'A status lacks what it needs: not_applicable a justification, in_place_ccw a complete worksheet, not_in_place an owner and target date.',
  'evidence-missing': 'A control answered in place requires evidence and has none.',
  'evidence-stale': 'Evidence is older than the control allows on the assessment date.',
  'evidence-file': 'An evidence path does not name a file inside the answers folder.',
  'evidence-outside': 'An evidence path leads outside the answers folder through a symbolic link.',
  'review-by-missing': 'An exception (not_applicable or in_place_ccw) has no review_by date (a warning).',
  'review-by-too-far': 'An exception is to be reviewed more than 12 months after the assessment date.',
  inventory: 'The terminal inventory contradicts an in-place answer.',
  'duplicate-serial': 'Two terminals in the inventory have the same serial number.',
  'future-date': 'A date of something that already happened lies after the assessment date.',
  period: 'The assessment period ends before it starts.',
  'card-number': 'The file holds a card number (PAN); posattest never stores one.',
  'catalog-version-unknown': 'The answers name a catalog_version newer than the catalog they are checked against.',
  'control-new-since': 'A control of the role was added to the catalog after the version the answers were written for (a warning).',
  'control-changed-since': 'A control of the role changed after the catalog version the answers were written for (a warning).',
  'control-retired': 'An answer names a control retired since the catalog version the answers were written for (a warning).',
}

/**
 * Rules that say an answer is incomplete rather than that the file is wrong (what they check is
 * src/model/completeness.ts). `validate` reports them (CI wants a complete file), but evaluation turns each into a
 * finding, so `evaluate` and `report` still run on them.
 */
export const COMPLETENESS_RULES: ReadonlySet<string> = new Set([
  'scoping-unanswered',
  'unanswered',
  'status-requirements',
  'evidence-missing',
  'evidence-stale',
  'inventory',
])
