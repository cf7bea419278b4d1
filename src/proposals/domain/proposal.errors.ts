/** Every rule the proposal decider enforces, each with a stable code (clients and tests match on it). */
export * from './errors/validation.errors';
export * from './errors/rule.errors';
export * from './errors/access.errors';
export * from './errors/state.errors';
