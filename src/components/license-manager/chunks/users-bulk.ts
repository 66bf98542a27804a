/**
 * Chunk: "Select all N users" and "Select from a list" (its dialog and progress), loaded beside the users list,
 * the selected users' chips (empty until the admin selects someone), and the review of a selection too large for
 * chips, which those two make.
 */
import { defineOnce } from '../../define.js';
import { LmBulkSelect, tagName } from '../../bulk-select/bulk-select.js';
import { LmSelectionChips, tagName as chipsTag } from '../../selection-chips/selection-chips.js';
import { LmSelectionReview, tagName as reviewTag } from '../../selection-chips/selection-review.js';

defineOnce(tagName, LmBulkSelect);
defineOnce(chipsTag, LmSelectionChips);
defineOnce(reviewTag, LmSelectionReview);
