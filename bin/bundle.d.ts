// Types of bundle.js (plain JavaScript, loaded before anything can run TypeScript).
import type {BuildOptions, BuildResult, Plugin} from 'esbuild'

export const ROOT: string
export const CACHE_DIR: string
/** How long before a build's start a saved input still keeps the bundle from being kept. */
export const MTIME_SLACK_MS: number
export interface BundlePlace {
  readonly root?: string
  readonly cacheDir?: string
  /** When the build began (`Date.now()`): an input modified since (or up to MTIME_SLACK_MS before) keeps the bundle from being kept. */
  readonly startedAt?: number
}
export function freshBundle(name: string, key: string, where?: BundlePlace): string | undefined
export function keepBundle(name: string, key: string, result: BuildResult, where?: BundlePlace): string
export function bundleKey(esbuildVersion: string, options: unknown, where?: {readonly root?: string}): string
export function keptOrBuilt<R extends BuildResult | Promise<BuildResult>>(name: string, options: BuildOptions, build: (options: BuildOptions) => R): R extends Promise<BuildResult> ? Promise<string> : string
export function esbuildVersion(): string
export const sourceMetaPlugin: Plugin
/** The extraction worker's bundle, made when stale; undefined when none can be made or kept. */
export function workerBundle(): Promise<string | undefined>
export function loadCli(): Promise<typeof import('../pipeline/cli.ts')>
