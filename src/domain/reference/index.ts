export * from './procedures.js';
export * from './periods.js';
export * from './statuses.js';
export * from './bureaus.js';
export * from './fees.js';
