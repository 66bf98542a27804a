/** Chunk: the products grid (with its rows, holders popover and findings), loaded once a user is selected. */
import { defineOnce } from '../../define.js';
import { LmProductGrid, tagName } from '../../product-grid/product-grid.js';

defineOnce(tagName, LmProductGrid);
