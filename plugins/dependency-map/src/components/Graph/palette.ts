/** Node colours by kind or fact type, readable on the light and the dark theme. */
export const KIND_COLOURS: Record<string, string> = {
  component: '#1f77b4',
  api: '#9467bd',
  resource: '#ff7f0e',
  system: '#2ca02c',
  zone: '#17becf',
  region: '#17becf',
  cluster: '#17becf',
  image: '#a0522d',
  library: '#e377c2',
  schedule: '#bcbd22',
  group: '#8c8c8c',
  entity: '#1f77b4',
};

/** The focus node's colour. */
export const FOCUS_COLOUR = '#d62728';

/** Colour of a drawn node. */
export const colourOf = (kind: string, focus: boolean) =>
  focus ? FOCUS_COLOUR : KIND_COLOURS[kind] ?? KIND_COLOURS.group;
