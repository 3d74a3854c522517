export { decodeBytes, encodeOriginal, MAX_IMPORT_BYTES, type DecodedText } from './decode';
export { detectLanguage, type DetectedLanguage } from './detect-language';
export { ImportError, isImportError, type ImportErrorCode, type ImportErrorDetail } from './errors';
export { extractHtmlText } from './html';
export { prepareImport, type PrepareImportOptions, type PreparedImport } from './prepare';
