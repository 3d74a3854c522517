export { parseDocument } from './parse';
