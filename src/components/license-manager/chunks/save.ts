/**
 * Chunk: the review before saving, the results panel, and the banner of a job the page left behind; loaded with
 * the executor (part-loader.ts), preloaded when the products step shows.
 */
import { defineOnce } from '../../define.js';
import { LmJobBanner, tagName as jobBannerTag } from '../../job-banner/job-banner.js';
import { LmResultsPanel, tagName as resultsPanelTag } from '../../results-panel/results-panel.js';
import { LmReview, tagName as reviewTag } from '../../review/review.js';

defineOnce(resultsPanelTag, LmResultsPanel);
defineOnce(jobBannerTag, LmJobBanner);
defineOnce(reviewTag, LmReview);
