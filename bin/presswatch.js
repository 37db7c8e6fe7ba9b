#!/usr/bin/env node
// Entry point for `npx presswatch`: loads tsx so the TypeScript sources run as they are.
import {register} from 'tsx/esm/api'

register()
const {boundHeapGrowth, main} = await import('../pipeline/cli.ts')
boundHeapGrowth()
process.exitCode = await main(process.argv.slice(2))
