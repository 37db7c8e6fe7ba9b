/** See layout.js. */
export declare function layoutNetwork(n: number, edges: readonly (readonly [number, number, number])[], iterations: number): [number, number][]
