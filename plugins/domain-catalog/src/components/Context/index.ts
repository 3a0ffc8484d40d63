export { ContextDetailsView } from './ContextDetailsView';
export { CanvasView } from './CanvasView';
export { ContextOverview } from './ContextOverview';
