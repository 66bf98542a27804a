/** Chunk: "Select all N users" and "Select from a list" (its dialog and progress), loaded beside the users list. */
import { defineOnce } from '../../define.js';
import { LmBulkSelect, tagName } from '../../bulk-select/bulk-select.js';

defineOnce(tagName, LmBulkSelect);
