export * from './receipt-methods.js';
