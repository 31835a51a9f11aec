export * from './result.js';
