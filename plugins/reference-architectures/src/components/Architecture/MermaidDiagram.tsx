import { messageOf } from '@internal/plugin-fitsys-react';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useEffect, useId, useRef, useState } from 'react';

const useStyles = makeStyles(theme => ({
  diagram: {
    overflowX: 'auto',
    '& svg': { maxWidth: '100%', height: 'auto' },
  },
  source: {
    whiteSpace: 'pre-wrap',
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
    background: theme.palette.background.default,
    padding: theme.spacing(1),
  },
}));

/**
 * A Mermaid diagram drawn in the browser. Mermaid runs with
 * `securityLevel: 'strict'` (no click handlers, labels as text) and is
 * loaded only when a diagram is shown. When the source does not parse, the
 * error and the source show in its place.
 */
export function MermaidDiagram(props: { source: string; title: string }) {
  const classes = useStyles();
  const theme = useTheme();
  const container = useRef<HTMLDivElement>(null);
  const id = `ra-mermaid-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [error, setError] = useState<string>();
  const [drawn, setDrawn] = useState(false);
  const dark = theme.palette.type === 'dark';
  const paper = theme.palette.background.paper;

  useEffect(() => {
    let cancelled = false;
    setError(undefined);
    setDrawn(false);
    (async () => {
      try {
        const mermaid = (await import('mermaid')).default;
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          theme: dark ? 'dark' : 'default',
          // Edge labels on the card's own colour: the dark theme's grey
          // behind its light grey text is under WCAG AA's 4.5 contrast.
          themeVariables: { edgeLabelBackground: paper },
        });
        const { svg } = await mermaid.render(id, props.source);
        if (cancelled || !container.current) return;
        // Mermaid's output under securityLevel 'strict' is sanitised by it (DOMPurify).
        container.current.innerHTML = svg;
        setDrawn(true);
      } catch (e) {
        if (!cancelled)
          setError(messageOf(e, 'The diagram could not be drawn'));
        // Mermaid leaves its error drawing in the page body; take it away.
        document.getElementById(`d${id}`)?.remove();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [props.source, id, dark, paper]);

  return (
    <figure style={{ margin: 0 }}>
      {error && (
        <>
          <Alert severity="error">
            The diagram could not be drawn: {error}
          </Alert>
          <Typography variant="subtitle2" component="p">
            Its Mermaid source:
          </Typography>
          <pre className={classes.source}>{props.source}</pre>
        </>
      )}
      {!error && !drawn && (
        <Typography variant="body2" color="textSecondary" role="status">
          Drawing the diagram…
        </Typography>
      )}
      <div
        ref={container}
        className={classes.diagram}
        role="img"
        aria-label={props.title}
        hidden={Boolean(error)}
      />
    </figure>
  );
}
