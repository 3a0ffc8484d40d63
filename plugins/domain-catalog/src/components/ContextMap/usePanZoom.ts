import {
  PointerEvent as ReactPointerEvent,
  RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

/** The part of the map in view, in SVG units: the SVG's viewBox. */
export type View = { x: number; y: number; width: number; height: number };

const MAX_ZOOM_IN = 8;
const MAX_ZOOM_OUT = 1.5;
const DRAG_THRESHOLD = 4;

const toViewBox = (v: View) => `${v.x} ${v.y} ${v.width} ${v.height}`;

/** Where a point of the screen falls in the SVG's own units, if the browser can say. */
function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number) {
  const matrix = svg.getScreenCTM?.();
  if (!matrix) return undefined;
  const point = new DOMPoint(clientX, clientY).matrixTransform(
    matrix.inverse(),
  );
  return { x: point.x, y: point.y, unitsPerPixel: 1 / (matrix.a || 1) };
}

/**
 * Pan and zoom of an SVG through its viewBox: the content starts fitted,
 * drag pans, Ctrl (or ⌘) with the wheel or a pinch zooms at the pointer,
 * and the returned functions serve the buttons and the keyboard.
 */
export function usePanZoom(
  svgRef: RefObject<SVGSVGElement>,
  content: { width: number; height: number },
  padding: number,
) {
  const fitted = useMemo<View>(
    () => ({
      x: -padding,
      y: -padding,
      width: content.width + 2 * padding,
      height: content.height + 2 * padding,
    }),
    [content.width, content.height, padding],
  );
  const [view, setView] = useState<View>(fitted);
  const viewRef = useRef(view);
  viewRef.current = view;
  useEffect(() => setView(fitted), [fitted]);

  const zoomBy = useCallback(
    (factor: number, at?: { x: number; y: number }) =>
      setView(v => {
        const width = Math.min(
          fitted.width * MAX_ZOOM_OUT,
          Math.max(fitted.width / MAX_ZOOM_IN, v.width / factor),
        );
        const ratio = width / v.width;
        const centre = at ?? { x: v.x + v.width / 2, y: v.y + v.height / 2 };
        return {
          x: centre.x - (centre.x - v.x) * ratio,
          y: centre.y - (centre.y - v.y) * ratio,
          width,
          height: v.height * ratio,
        };
      }),
    [fitted],
  );
  const panBy = useCallback(
    (dx: number, dy: number) =>
      setView(v => ({ ...v, x: v.x + dx, y: v.y + dy })),
    [],
  );
  const fit = useCallback(() => setView(fitted), [fitted]);
  /** Brings a box into view, when it is not, without changing the zoom. */
  const reveal = useCallback(
    (box: { x: number; y: number; width: number; height: number }) =>
      setView(v => {
        const inside =
          box.x >= v.x &&
          box.y >= v.y &&
          box.x + box.width <= v.x + v.width &&
          box.y + box.height <= v.y + v.height;
        if (inside) return v;
        return {
          ...v,
          x: box.x + box.width / 2 - v.width / 2,
          y: box.y + box.height / 2 - v.height / 2,
        };
      }),
    [],
  );

  // The wheel listener must be active (not passive) to keep the page from
  // zooming; a plain wheel still scrolls the page.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return undefined;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const at = svgPoint(svg, event.clientX, event.clientY);
      zoomBy(Math.exp(-event.deltaY * 0.002), at);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef, zoomBy]);

  const drag = useRef<{
    pointerId: number;
    clientX: number;
    clientY: number;
    view: View;
    moved: boolean;
  }>();
  const suppressClick = useRef(false);
  const pointerHandlers = {
    onPointerDown: (event: ReactPointerEvent<SVGSVGElement>) => {
      if (event.button !== 0) return;
      drag.current = {
        pointerId: event.pointerId,
        clientX: event.clientX,
        clientY: event.clientY,
        view: viewRef.current,
        moved: false,
      };
    },
    onPointerMove: (event: ReactPointerEvent<SVGSVGElement>) => {
      const start = drag.current;
      const svg = svgRef.current;
      if (!start || !svg || start.pointerId !== event.pointerId) return;
      const dx = event.clientX - start.clientX;
      const dy = event.clientY - start.clientY;
      if (!start.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!start.moved) {
        start.moved = true;
        // Captured only once it is a drag, so a click still reaches the node.
        svg.setPointerCapture?.(event.pointerId);
      }
      const unitsPerPixel =
        svgPoint(svg, event.clientX, event.clientY)?.unitsPerPixel ?? 1;
      setView({
        ...start.view,
        x: start.view.x - dx * unitsPerPixel,
        y: start.view.y - dy * unitsPerPixel,
      });
    },
    onPointerUp: (event: ReactPointerEvent<SVGSVGElement>) => {
      if (drag.current?.moved) suppressClick.current = true;
      drag.current = undefined;
      svgRef.current?.releasePointerCapture?.(event.pointerId);
    },
    onPointerCancel: () => {
      drag.current = undefined;
    },
    // A drag that ends over a node is not a click on it.
    onClickCapture: (event: { stopPropagation(): void }) => {
      if (suppressClick.current) {
        suppressClick.current = false;
        event.stopPropagation();
      }
    },
  };

  const zoom = view.width > 0 ? fitted.width / view.width : 1;
  return {
    viewBox: toViewBox(view),
    view,
    zoom,
    fitted: zoom === 1 && view.x === fitted.x && view.y === fitted.y,
    zoomBy,
    panBy,
    fit,
    reveal,
    pointerHandlers,
  };
}
