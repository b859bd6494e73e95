import './styles.scss';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app';

// GOV.UK Frontend's styles key off these classes. They are set here rather
// than by an inline script in index.html, which the Content-Security-Policy forbids.
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
