import {dataPath} from '../shard.ts'

type Store = Record<string, unknown>
const store = (): Store => ((self as unknown as {__pw?: Store}).__pw ??= {})

/** The report's manifest: months, shard counts and the tables on offer. */
export interface Manifest {
  readonly months: readonly string[]
  readonly articleShards: number
  readonly entityShards: number
  readonly tables: readonly (readonly [string, string])[]
}

/** Data a `<script>` in the page has already loaded. */
export function loaded<T>(key: string): T | undefined {
  return store()[key] as T | undefined
}

/** Load a data script by key (a `<script src>`, since file:// pages cannot fetch) and resolve with its data. */
export function loadData<T>(key: string): Promise<T> {
  const have = loaded<T>(key)
  if (have !== undefined) return Promise.resolve(have)
  return new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = dataPath(key)
    script.addEventListener('load', () => {
      const data = loaded<T>(key)
      if (data === undefined) reject(new Error(`Data script ${dataPath(key)} did not define \`${key}\``))
      else resolve(data)
    })
    script.addEventListener('error', () => reject(new Error(`Could not load ${dataPath(key)}; is the report folder complete?`)))
    document.head.appendChild(script)
  })
}

/** The manifest every page script gets. */
export const manifest = (): Manifest => loaded<Manifest>('manifest') ?? {months: [], articleShards: 1, entityShards: 1, tables: []}
