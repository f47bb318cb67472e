export * from './reception-number.js';
