// Routes (pages and API) of this part; registered by platform/app.ts. The routes themselves are in
// routes.tsx (they render Preact pages).
export { financienPlugin } from './routes.js';
