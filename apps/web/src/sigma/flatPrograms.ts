/**
 * Sigma programs drawn as flat triangle lists instead of instances, for software WebGL.
 *
 * Sigma 3 draws every node and edge as one instance of a small shape (`drawArraysInstanced`): the
 * cheap way on a GPU. Chrome falls back to SwiftShader when there is no usable GPU (virtual machines,
 * remote desktops, blocklisted drivers, headless browsers), and there every instance costs about as
 * much as a draw call of its own: a 1,000-node, 2,000-edge map took ~250 ms a frame. The same
 * shaders fed the shape's vertices once per item (one plain `drawArrays`) cost next to nothing there.
 *
 * A flattened program keeps its shaders, uniforms and `process` logic: only the buffer layout changes.
 * The per-instance attributes are written once by the original program into a scratch array, then
 * copied into each vertex of the item followed by that vertex's constant attributes (the shape).
 */
import type Sigma from 'sigma';
import type {
  EdgeProgram,
  EdgeProgramType,
  InstancedProgramDefinition,
  NodeProgram,
  NodeProgramType,
  ProgramDefinition,
} from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

type Definition = ProgramDefinition | InstancedProgramDefinition;

/** The concrete classes behind sigma's opaque `NodeProgramType` / `EdgeProgramType`. */
type ProgramArguments = [WebGLRenderingContext, WebGLFramebuffer | null, Sigma];
type NodeProgramClass = (new (...args: ProgramArguments) => NodeProgram) & { prototype: NodeProgram };
type EdgeProgramClass = (new (...args: ProgramArguments) => EdgeProgram) & { prototype: EdgeProgram };

function isInstanced(definition: Definition): definition is InstancedProgramDefinition {
  return 'CONSTANT_ATTRIBUTES' in definition;
}

/** The definition of the flat program: constant attributes become ordinary per-vertex ones. */
export function flatDefinition(definition: Definition): ProgramDefinition {
  if (!isInstanced(definition)) return definition;
  const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _shape, ...rest } = definition;
  return { ...rest, ATTRIBUTES: [...definition.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
}

/**
 * Copies one item's instance attributes (`instance`) into each of its vertices, each followed by the
 * vertex's constant attributes, from `start` on in `target`.
 */
export function spreadItem(
  target: Float32Array,
  start: number,
  instance: Float32Array,
  shape: readonly (readonly number[])[],
): void {
  let index = start;
  for (const vertex of shape) {
    target.set(instance, index);
    index += instance.length;
    target.set(vertex, index);
    index += vertex.length;
  }
}

/**
 * What a flat program needs to know about the instanced one: its shape, and a scratch array as long
 * as one item's instance attributes (total items per vertex minus the shape's).
 */
interface FlatLayout {
  shape: readonly (readonly number[])[];
  scratch: Float32Array;
}

function flatLayout(instanced: Definition, itemsPerVertex: number): FlatLayout | null {
  if (!isInstanced(instanced)) return null;
  const constantItems = instanced.CONSTANT_DATA[0]?.length ?? 0;
  return { shape: instanced.CONSTANT_DATA, scratch: new Float32Array(itemsPerVertex - constantItems) };
}

/** What `processFlat` needs of a program instance. */
interface FlatState {
  /** Worked out on the first item (undefined until then; null for a program that was not instanced). */
  layout: FlatLayout | null | undefined;
  array: Float32Array;
  ATTRIBUTES_ITEMS_COUNT: number;
}

/**
 * Runs the base program's processing of one item: as it is for a program that was not instanced, else
 * into a scratch row that is then spread over every vertex of the item's shape.
 */
function processFlat(
  program: FlatState,
  definition: () => Definition,
  start: number,
  process: (offset: number) => void,
): void {
  if (program.layout === undefined) {
    program.layout = flatLayout(definition(), program.ATTRIBUTES_ITEMS_COUNT);
  }
  const layout = program.layout;
  if (!layout) {
    process(start);
    return;
  }
  const target = program.array;
  program.array = layout.scratch;
  try {
    process(0);
  } finally {
    program.array = target;
  }
  spreadItem(target, start, layout.scratch, layout.shape);
}

/** A node program drawn without instancing (see the module comment). Non-instanced programs come back as they are. */
export function flattenNodeProgram<N extends object, E extends object, G extends object>(
  program: NodeProgramType<N, E, G>,
): NodeProgramType<N, E, G> {
  const Base = program as unknown as NodeProgramClass;
  const baseDefinition = Base.prototype.getDefinition;
  const baseProcess = Base.prototype.processVisibleItem;
  // Abstract only for the type checker: the base class given at run time implements everything.
  abstract class FlatNodeProgram extends Base {
    layout: FlatLayout | null | undefined;

    getDefinition(): ProgramDefinition {
      return flatDefinition(baseDefinition.call(this));
    }

    processVisibleItem(nodeIndex: number, start: number, data: NodeDisplayData): void {
      processFlat(
        this,
        () => baseDefinition.call(this),
        start,
        (offset) => baseProcess.call(this, nodeIndex, offset, data),
      );
    }
  }
  return FlatNodeProgram as unknown as NodeProgramType<N, E, G>;
}

/** An edge program drawn without instancing (see the module comment). Compound programs must be flattened part by part. */
export function flattenEdgeProgram<N extends object, E extends object, G extends object>(
  program: EdgeProgramType<N, E, G>,
): EdgeProgramType<N, E, G> {
  const Base = program as unknown as EdgeProgramClass;
  const baseDefinition = Base.prototype.getDefinition;
  const baseProcess = Base.prototype.processVisibleItem;
  if (typeof baseDefinition !== 'function') {
    throw new Error('flattenEdgeProgram: a compound program cannot be flattened; flatten its parts instead.');
  }
  abstract class FlatEdgeProgram extends Base {
    layout: FlatLayout | null | undefined;

    getDefinition(): ProgramDefinition {
      return flatDefinition(baseDefinition.call(this));
    }

    processVisibleItem(
      edgeIndex: number,
      start: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      processFlat(
        this,
        () => baseDefinition.call(this),
        start,
        (offset) => baseProcess.call(this, edgeIndex, offset, sourceData, targetData, data),
      );
    }
  }
  return FlatEdgeProgram as unknown as EdgeProgramType<N, E, G>;
}
