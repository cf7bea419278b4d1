export * from './workflow-definition';
export * from './rule-pack';
export * from './default-workflows';
export * from './workflow-lookup';
export * from './workflow.errors';
