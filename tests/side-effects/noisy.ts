// A module with side effects at import, to show that the side-effect check sees them.
import {readFileSync} from 'node:fs'

export const size = readFileSync(new URL('./noisy.ts', import.meta.url)).length
console.log('noisy module loaded')
