/**
 * The sigma programs the map draws with: sigma's own `circle`, `line` and `arrow`, plus the curved
 * ones of @sigma/edge-curve for parallel edges (see parallelEdges.ts). On software WebGL each is
 * flattened (see flatPrograms.ts), which draws the same pixels many times faster there.
 */
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  type EdgeProgramType,
  EdgeRectangleProgram,
  NodeCircleProgram,
  type NodeProgramType,
} from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes } from './build';
import { flattenEdgeProgram, flattenNodeProgram } from './flatPrograms';

type Edge = EdgeProgramType<NodeAttributes, EdgeAttributes>;
type Node = NodeProgramType<NodeAttributes, EdgeAttributes>;

export interface ProgramClasses {
  nodeProgramClasses: Record<string, Node>;
  edgeProgramClasses: Record<EdgeAttributes['type'], Edge>;
}

/** Program classes for sigma's settings; `flat` for software WebGL. */
export function programClasses(flat: boolean): ProgramClasses {
  const node = (program: Node): Node => (flat ? flattenNodeProgram(program) : program);
  const edge = (program: Edge): Edge => (flat ? flattenEdgeProgram(program) : program);
  return {
    nodeProgramClasses: { circle: node(NodeCircleProgram as Node) },
    edgeProgramClasses: {
      line: edge(EdgeRectangleProgram as Edge),
      // sigma's `arrow`, rebuilt from its two parts so each can be flattened.
      arrow: createEdgeCompoundProgram([
        edge(createEdgeClampedProgram() as Edge),
        edge(createEdgeArrowHeadProgram() as Edge),
      ]),
      curved: edge(createEdgeCurveProgram<NodeAttributes, EdgeAttributes>()),
      curvedArrow: edge(
        createEdgeCurveProgram<NodeAttributes, EdgeAttributes>({
          arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
        }),
      ),
    },
  };
}
