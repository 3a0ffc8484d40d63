import '@testing-library/jest-dom';

// jsdom lays out nothing and has no ResizeObserver; the charts' responsive
// container asks for one. The charts' numbers are tested through their tables.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as any).ResizeObserver ??= NoResizeObserver;

// The tests type and click through whole forms as a person would; on a
// busy machine that takes longer than Jest's default 5 s.
jest.setTimeout(30_000);
