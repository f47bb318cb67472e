export * from './auth-id.js';
export * from './context-words.js';
export * from './officer-offices.js';
export * from './password-policy.js';
export * from './roles.js';
export * from './session-policy.js';
export * from './sign-in-policy.js';
