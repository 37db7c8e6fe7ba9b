/** `make`, called at most once: later calls return the first result. @example const rows = once(() => expensiveRows()); rows() === rows() // true, built once */
export function once<T>(make: () => T): () => T {
  let done = false
  let value: T | undefined
  return () => {
    if (!done) {
      value = make()
      done = true
    }
    return value as T
  }
}
