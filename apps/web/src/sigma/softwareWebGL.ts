/**
 * Whether this browser draws WebGL in software (SwiftShader, llvmpipe…): Chrome does so when there is
 * no usable GPU. Sigma's programs are then swapped for flat ones (see flatPrograms.ts).
 */

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** The WebGL renderer string of a throwaway context, or null without WebGL. */
function webGLRendererName(): string | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  // Browsers cap the number of live contexts: give this one back at once.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

let cached: boolean | undefined;

/** True when WebGL is software-rendered here; probed once per page. */
export function isSoftwareWebGL(): boolean {
  if (cached === undefined) {
    const name = webGLRendererName();
    cached = name !== null && SOFTWARE_RENDERERS.test(name);
  }
  return cached;
}
