import type { FlowLayer } from '../../../../../src/core/map/document.ts';
import type { LayerStyle } from '../types.ts';

/** Flows as curved lines between units, width ∝ volume (flowLines), those under the minimum left out. */
export const flowsStyle: LayerStyle<FlowLayer> = (layer, index, input) => {
  const lines = input.flows[index];
  if (!lines || lines.features.length === 0) return {};
  const source = `flows-${index}`;
  return {
    sources: { [source]: { type: 'geojson', data: lines } },
    marks: [
      {
        id: source,
        type: 'line',
        source,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': layer.color,
          'line-width': ['max', 0.6, ['get', 'width']],
          'line-opacity': 0.7,
        },
      },
    ],
  };
};
