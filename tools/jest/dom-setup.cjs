// Component tests (jsdom): what jsdom leaves out that the app uses
// (TextEncoder for React Router, scrollIntoView as a no-op a test can spy
// on), and Testing Library's matchers (toBeVisible, toHaveFocus ...).
const util = require('node:util');

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
}
if (typeof globalThis.Element.prototype.scrollIntoView !== 'function') {
  globalThis.Element.prototype.scrollIntoView = function scrollIntoView() {};
}

require('@testing-library/jest-dom');
