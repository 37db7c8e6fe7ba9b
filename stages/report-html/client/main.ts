import {showArticle} from './article.ts'
import {showEntity} from './entity.ts'
import {h} from './dom.ts'
import {showNetwork} from './network.ts'
import {showTables} from './tables.ts'

const PAGES: Record<string, (main: HTMLElement) => void | Promise<void>> = {
  tables: showTables, entity: showEntity, article: showArticle, network: showNetwork,
}

/** Run the page's view; views that read the fragment run again when it changes. */
function start(): void {
  const main = document.getElementById('main')
  const show = PAGES[document.body.dataset.page ?? '']
  if (!main || !show) return
  const run = (): void => {
    // Marks for the load-time test: when the view starts and when it has drawn its content.
    performance.mark('presswatch:start')
    Promise.resolve(show(main)).then(() => performance.mark('presswatch:ready')).catch((error: unknown) => {
      main.append(h('p', {role: 'alert'}, `Could not show this page: ${error instanceof Error ? error.message : String(error)}`))
      console.error(error)
    })
  }
  run()
  if (document.body.dataset.page !== 'network') window.addEventListener('hashchange', run)
}

start()
