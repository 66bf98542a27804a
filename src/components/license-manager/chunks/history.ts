/** Chunk: the job history, loaded when there is one to show (preloaded when a job's results show). */
import { defineOnce } from '../../define.js';
import { LmJobHistory, tagName } from '../../job-history/job-history.js';

defineOnce(tagName, LmJobHistory);
