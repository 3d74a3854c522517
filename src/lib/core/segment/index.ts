export {
	armenianFullStop,
	segment,
	usesColonFullStop,
	type ArmenianFullStop,
	type SegmentOptions
} from './segment';
export { analyze, blockTextSpan, segmentDocument } from './document';
