/**
 * The attachments `posattest report` embeds: vocabulary of the report file shared by the renderer that attaches
 * them and the reader that takes them out, in a module of its own so that naming them does not load the
 * PDF parser. A report carries exactly these (the previous result only when it was rendered with --previous,
 * the inventory only when it is summarised);
 * a reader refuses any other attachment, and any of these more than once.
 */
/** The evaluated result the report was rendered from. */
export const EMBEDDED_RESULT_NAME = 'posattest-result.json'
/** The answers that were evaluated (canonical JSON), so a reader can evaluate them again instead of trusting the result. */
export const EMBEDDED_ANSWERS_NAME = 'posattest-answers.json'
/** The earlier result given with --previous, from which the result's `changes` were derived. */
export const EMBEDDED_PREVIOUS_NAME = 'posattest-previous-result.json'

/**
 * The whole terminal inventory as CSV, attached when the inventory is too long to list in the PDF (the pages then
 * summarise it): derived from the result, so a reader derives it again and compares (src/report/inventory-csv.ts).
 */
export const EMBEDDED_INVENTORY_NAME = 'posattest-inventory.csv'

/** Every attachment name a posattest report may carry, in the order they are attached. */
export const EMBEDDED_NAMES = [EMBEDDED_RESULT_NAME, EMBEDDED_ANSWERS_NAME, EMBEDDED_PREVIOUS_NAME, EMBEDDED_INVENTORY_NAME] as const
