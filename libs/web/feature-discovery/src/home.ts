// The home page on its own (@lgx/web/feature-discovery/home): the app loads it
// without the search and topic pages.
export { HomePage } from './pages/home-page';
