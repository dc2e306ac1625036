export * from './connector.types.js';
export * from './meta/meta-webhook.js';
export * from './generic/generic-webhook.js';
