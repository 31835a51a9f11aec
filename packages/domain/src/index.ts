export * from './model.js';
export * from './money.js';
export * from './duration.js';
export * from './name-lists.js';
export * from './markdown-text.js';
