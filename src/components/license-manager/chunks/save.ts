/** Chunk: the results panel, and the banner of a job the page left behind; loaded with the executor (part-loader.ts). */
import { defineOnce } from '../../define.js';
import { LmJobBanner, tagName as jobBannerTag } from '../../job-banner/job-banner.js';
import { LmResultsPanel, tagName as resultsPanelTag } from '../../results-panel/results-panel.js';

defineOnce(resultsPanelTag, LmResultsPanel);
defineOnce(jobBannerTag, LmJobBanner);
