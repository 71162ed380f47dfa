import type { MessageKey } from '../i18n/messages-en'
import type { MessageParams, Translate } from '../i18n/translate'

/** Why a view did not use a URL parameter: a `url.reason.*` message of the catalogue. */
export type IgnoredReason = Extract<MessageKey, `url.reason.${string}`>

/** A URL parameter a view did not use, with the reason, for the page's notice. */
export interface IgnoredParam {
  param: string
  value: string
  reason: IgnoredReason
  /** values for the reason's placeholders */
  reasonParams?: MessageParams
}

/** The notice's line for one ignored parameter, in the language of `t`. */
export function ignoredParamText(item: IgnoredParam, t: Translate): string {
  return t('url.viewParam', {
    param: item.param,
    value: item.value,
    reason: t(item.reason, item.reasonParams),
  })
}
