/** Chunk: the service-plan dialog, preloaded when the products step shows. */
import { defineOnce } from '../../define.js';
import { LmServicePlanDrawer, tagName } from '../../service-plan-drawer/service-plan-drawer.js';

defineOnce(tagName, LmServicePlanDrawer);
