export * from './filter.ts';
export * from './items.ts';
