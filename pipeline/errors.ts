/** Every fatal error code the pipeline throws. */
export type ErrorCode =
  | 'E_MISSING_LAYER'
  | 'E_LAYER_EXISTS'
  | 'E_STAGE_FAILED'
  | 'E_PLAN'
  | 'E_UNKNOWN_STAGE'
  | 'E_INPUT'
  | 'E_USAGE'
  | 'E_TOO_LARGE'
  | 'E_OUTPUT'

/** A fatal pipeline error with a stable `code` (tests assert on the code, never the wording). */
export class PipelineError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'PipelineError'
    this.code = code
  }
}
