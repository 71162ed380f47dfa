import { ServingError } from './serving-error'

export type PayloadKind = 'json' | 'csv'

/**
 * Which payload an `/invocations` Content-Type announces, as MLflow's scoring server decides:
 * application/json or text/csv, the only parameter allowed is charset=utf-8, else 415.
 */
export function checkContentType(header: string | undefined): PayloadKind {
  // the exact values clients send, without splitting them apart on every request
  if (header === 'application/json') return 'json'
  if (header === 'text/csv') return 'csv'
  const [type = '', ...params] = (header ?? '').split(';').map((p) => p.trim())
  const kind = type.toLowerCase()
  for (const param of params) {
    const [key = '', value = ''] = param.split('=').map((p) => p.trim().toLowerCase())
    if (key !== 'charset') {
      throw new ServingError(415, `Unrecognized content type parameters: ${param}.`)
    }
    if (value.replace(/"/g, '') !== 'utf-8') {
      throw new ServingError(415, `The scoring server only supports UTF-8, got charset ${value}.`)
    }
  }
  if (kind === 'application/json') return 'json'
  if (kind === 'text/csv') return 'csv'
  throw new ServingError(
    415,
    "This predictor only supports the following content types: Types: ['text/csv', " +
      `'application/json']. Got '${header ?? ''}'.`,
  )
}
