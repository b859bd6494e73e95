// What apps/api and tests outside the feature use; nothing else.
export { QUESTIONS_PER_DAY } from './question.rules';
export * from './questions.module';
