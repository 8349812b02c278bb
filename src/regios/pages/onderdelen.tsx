// Pieces shared by the region pages.
import type { ComponentChildren, VNode } from 'preact';

export { Schuifvlak } from '../../platform/web/schuifvlak.js';
