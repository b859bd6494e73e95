export * from './council/council-type';
export * from './council/nation';
export * from './council/region';
