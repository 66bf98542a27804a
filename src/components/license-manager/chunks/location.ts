/** Chunk: the "Set usage location" dialog, preloaded when the findings offer it. */
import { defineOnce } from '../../define.js';
import { LmUsageLocationDialog, tagName } from '../../usage-location-dialog/usage-location-dialog.js';

defineOnce(tagName, LmUsageLocationDialog);
