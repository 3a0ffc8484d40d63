import '@testing-library/jest-dom';

// jsdom has no ResizeObserver, which the chart card's responsive container
// asks for; it lays nothing out either, so nothing need be observed.
(globalThis as any).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
