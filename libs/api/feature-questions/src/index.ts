// What apps/api and tests outside the feature use; nothing else.
export * from './questions.module';
export { QUESTIONS_PER_DAY } from './question.rules';
