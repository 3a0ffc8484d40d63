/* The demo library as the backend answered it (examples/reference-architectures.yaml), trimmed. */
export * from './fernhill/architecture';
export * from './fernhill/adopters';
export * from './fernhill/diff';
export * from './fernhill/decisions';
