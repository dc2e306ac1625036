export * from './entities/user.entity.js';
export * from './entities/workspace.entity.js';
export * from './entities/membership.entity.js';
export * from './entities/channel.entity.js';
export * from './data-source.js';
