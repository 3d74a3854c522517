export {
	decodeBytes,
	encodeOriginal,
	MAX_IMPORT_BYTES,
	SINGLE_BYTE_ENCODINGS,
	type DecodedText,
	type DecodeOptions
} from './decode';
export { detectLanguage, type DetectedLanguage } from './detect-language';
export { ImportError, isImportError, type ImportErrorCode, type ImportErrorDetail } from './errors';
export { extractHtmlText } from './html';
export { latinLanguage } from './latin-language';
export { prepareImport, type PrepareImportOptions, type PreparedImport } from './prepare';
