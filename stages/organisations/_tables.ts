import type {Doc} from '../../pipeline/doc.ts'
import type {Candidate} from './_scan.ts'

/** Club names in sports result and standings lines. Pure. */
export function findTableTeams(doc: Doc, found: readonly Candidate[]): Candidate[] {
  void doc; void found
  return []
}
