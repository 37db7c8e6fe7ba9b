import type {Stage} from './stage.ts'
import {ingest} from '../stages/ingest/index.ts'
import {tokenise} from '../stages/tokenise/index.ts'
import {people} from '../stages/people/index.ts'
import {organisations} from '../stages/organisations/index.ts'
import {titles} from '../stages/titles/index.ts'
import {dates} from '../stages/dates/index.ts'

/** Every per-document stage by name. @example applyStage(doc, STAGES.people) */
export const STAGES = {ingest, tokenise, people, organisations, titles, dates} as const

/** Names of the per-document stages. */
export type StageName = keyof typeof STAGES

/** The one ordered list of per-document stages that `run` and `extract` apply. Order matters: titles links to people and organisations. */
export const DEFAULT_PLAN: readonly Stage<any>[] = [ingest, tokenise, people, organisations, titles, dates]

/** Corpus-level stages and report writers, in the order `run` applies them after the per-document plan. */
export const CORPUS_PLAN = ['resolve', 'cooccur', 'report-csv', 'report-html'] as const
