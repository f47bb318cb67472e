export * from './codes.js';
export * from './documents.js';
export * from './payload.js';
export * from './special-period.js';
export * from './standing.js';
export * from './keys.js';
export * from './describe.js';
