// For the queue's tests in apps/api: a process's worth of the queue with probe
// handlers. A second entry point, so test code stays out of the production
// entry (index.ts).
export * from './test/probe-app';
export * from './test/probe-jobs';
