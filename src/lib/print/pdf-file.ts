/**
 * The PDF `npm run pdf` writes into the built site (`scripts/pdf.mjs` keeps its own copy of
 * this name, as scripts run without a TypeScript loader; a unit test keeps the two equal).
 */
export const PDF_FILE_NAME = 'cks-study-sheet.pdf';
