/** The library API: `import { extract } from 'tifa'` returns the same object as `tifa extract --format json`. */
export { extract, buildDoc, type ExtractOptions } from './pipeline/extract.js';
export { decode, type Decoded } from './pipeline/read.js';
export { normalize } from './pipeline/normalize.js';
export { segment, keywords } from './pipeline/segment.js';
export { resolveDate, type Resolved } from './extractors/dates/resolve.js';
export { extractors, FIELD_NAMES, type FieldName } from './extractors/index.js';
export { score, type Score, type GoldArticle, type PredArticle } from './eval/score.js';
export { TifaError, UsageError, type ErrorCode } from './errors.js';
export type * from './types.js';
