export * from './model.js';
export * from './money.js';
