// Public face of onderhoud: health and readiness for a load balancer, the beheer backup download.
export { onderhoudPlugin, gereedheid } from './plugin.js';
