/** A URL parameter a view did not use, with the reason, for the page's notice. */
export interface IgnoredParam {
  param: string
  value: string
  reason: string
}
