/** Chunk: the license report's progress and the words of its file, loaded on "Export license report". */
import { defineOnce } from '../../define.js';
import { LmLicenseReport, tagName } from '../../license-report/license-report.js';

export { reportWords } from '../../license-report/report-words.js';

defineOnce(tagName, LmLicenseReport);
