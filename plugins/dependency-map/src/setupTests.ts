import '@testing-library/jest-dom';

// jsdom draws nothing: without a canvas context the graph view offers its
// table, which is what the tests read.
Object.defineProperty(window.HTMLCanvasElement.prototype, 'getContext', {
  value: () => null,
  configurable: true,
});
