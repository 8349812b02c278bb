// Pieces shared by the region pages.
import type { ComponentChildren, VNode } from 'preact';

