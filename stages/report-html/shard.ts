/**
 * Which shard of `count` holds the record `id`: FNV-1a over the UTF-16 code units, so the report builder and
 * the browser agree without an index file. Pure.
 * @example shardOf('a1', 8) // 7
 */
export function shardOf(id: string, count: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return count > 0 ? h % count : 0
}

/** Where a data script lives inside the report folder. */
export const dataPath = (key: string): string => `data/${key}.js`

/** The report's entity types as the pages name and colour them; colour always comes with the text label. */
export const TYPE_LABELS: Readonly<Record<string, string>> = {PERSON: 'Person', ORG: 'Organisation', TITLE: 'Title', DATE: 'Date'}
