// Component tests (jsdom): what jsdom leaves out that React Router needs
// (TextEncoder), and Testing Library's matchers (toBeVisible, toHaveFocus ...).
const util = require('node:util');

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
}

require('@testing-library/jest-dom');
