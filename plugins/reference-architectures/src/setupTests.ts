import '@testing-library/jest-dom';

// jsdom lays out nothing and has no ResizeObserver; the charts' responsive
// container asks for one. The charts' numbers are tested through their tables.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as any).ResizeObserver ??= NoResizeObserver;
