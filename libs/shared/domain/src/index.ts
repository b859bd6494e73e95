export * from './case-study/figures';
export * from './case-study/taxonomies';
export * from './council/council-type';
export * from './council/nation';
export * from './council/region';
export * from './council/similar-councils';
export * from './procurement/cpv';
export * from './search/council-glossary';
