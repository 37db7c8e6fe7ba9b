/** Event verbs: the sentence reports that someone took part in an event. Role = the verb's name. Order matters. */
export const EVENT_VERBS: readonly (readonly [RegExp, string])[] = [
  [/\bgave (?:on-the-spot |field )guidance\b/i, 'gave-guidance'],
  [/\binspected\b/i, 'inspected'],
  [/\bvisited\b|\btoured\b|\blooked round\b/i, 'visited'],
  [/\bpresided over\b|\bchaired\b/i, 'presided-over'],
  [/\battended\b|\bwas present\b|\bwere present\b|\bpresent (?:there |on the occasion )?were\b/i, 'attended'],
  [/\baccompanied\b/i, 'accompanied'],
  [/\breceived\b/i, 'received'],
  [/\bmet\b|\bheld talks\b|\bhad (?:a )?talks?\b/i, 'met'],
  [/\bspoke at\b|\bmade a (?:speech|report)\b|\bdelivered a (?:speech|report)\b|\baddressed\b/i, 'spoke'],
  [/\bwatched\b|\benjoyed\b|\bappreciated\b/i, 'watched'],
  [/\bon the platform\b/i, 'on-the-platform'],
]

/** After one of these the people named are the ones accompanying or attending, not the subject. */
export const COMPANION_RE = /\baccompanied by\b|\baccompanying\b|\battended by\b|\bpresent (?:there |on the occasion )?were\b|\bon the platform were\b|\bwere present\b/i
