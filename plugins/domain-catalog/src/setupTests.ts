import '@testing-library/jest-dom';

// jsdom lays out nothing; the context map's diagram measures its nodes.
Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
  value: () => ({ x: 0, y: 0, width: 170, height: 46 }),
  configurable: true,
});
