/**
 * The attachment `posattest report` embeds: the evaluated result the report was rendered from.
 * In a module of its own so that naming it does not load the PDF parser.
 */
export const EMBEDDED_RESULT_NAME = 'posattest-result.json'
