export { HomePage } from './pages/home-page';
export * from './routes';
