import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import { useSearchParams } from 'react-router-dom';
import { BlastRadiusPanel } from './BlastRadiusPanel';
import { useNodeSuggestions } from '../shared/useNodeSuggestions';
import { WhatIfPanel } from './WhatIfPanel';

/** Blast radius of one node (`?node=`) and a what-if over several. */
export function ImpactView() {
  const [params, setParams] = useSearchParams();
  const node = params.get('node') ?? undefined;
  const suggestions = useNodeSuggestions();
  return (
    <>
      <BlastRadiusPanel
        node={node}
        suggestions={suggestions}
        onPick={id => setParams({ node: id })}
      />
      <Box my={4}>
        <Divider />
      </Box>
      <WhatIfPanel
        key={node}
        suggestions={suggestions}
        initialEntities={
          node && !/^(zone|region|cluster|image|library|schedule):/.test(node)
            ? [node]
            : []
        }
      />
    </>
  );
}
