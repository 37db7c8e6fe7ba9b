#!/usr/bin/env node
// Entry point for `npx presswatch`: runs the TypeScript sources from a bundle esbuild makes of them once and keeps
// while they are unchanged (bin/bundle.js), or through tsx when it cannot.
import {loadCli} from './bundle.js'

const {boundHeapGrowth, main} = await loadCli()
boundHeapGrowth()
process.exitCode = await main(process.argv.slice(2))
