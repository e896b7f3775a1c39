/** What `posattest init` writes where the user must fill something in; `validate` reports each one left. */
export const PLACEHOLDER = 'CHANGE ME'
