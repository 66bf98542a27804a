/** Chunk: the review step, preloaded when the products step or a job's results show. */
import { defineOnce } from '../../define.js';
import { LmReview, tagName } from '../../review/review.js';

defineOnce(tagName, LmReview);
