/** Chunk: "Match licenses" (the dialog, and the note under the products after it), preloaded when users are selected. */
import { defineOnce } from '../../define.js';
import { LmMatchDialog, tagName as dialogTag } from '../../match-dialog/match-dialog.js';
import { LmMatchNote, tagName as noteTag } from '../../match-dialog/match-note.js';

defineOnce(dialogTag, LmMatchDialog);
defineOnce(noteTag, LmMatchNote);
