import { Scalar, stringify, type ScalarTag, type Tags } from 'yaml'
import { foldLikePyYaml } from './mlflow-yaml-fold'
import { PYYAML_SCALAR_TAGS } from './mlflow-yaml-schema'

type StringifyFn = NonNullable<ScalarTag['stringify']>

const STR_TAG = 'tag:yaml.org,2002:str'

/** Characters PyYAML (allow_unicode=True) cannot print in plain or single-quoted style. */
function hasSpecialCharacters(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    const printable =
      ch === '\n' ||
      (code >= 0x20 && code <= 0x7e) ||
      code === 0x85 ||
      (code >= 0xa0 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
      (code >= 0x10000 && code < 0x10ffff)
    if (!printable) return true
  }
  return false
}

function pyYamlString(base: StringifyFn): StringifyFn {
  return (item, ctx, onComment, onChompKeep) => {
    if (typeof item.value === 'string' && hasSpecialCharacters(item.value)) {
      item = new Scalar(item.value)
      item.type = Scalar.QUOTE_DOUBLE
    }
    let text = base(item, ctx, onComment, onChompKeep)
    // PyYAML single-quotes (doubling inner quotes) whenever no special character forbids it
    const value = item.value
    if (text.startsWith('"') && typeof value === 'string' && !value.includes('\n')) {
      if (!hasSpecialCharacters(value)) text = `'${value.replace(/'/g, "''")}'`
    }
    if (ctx.implicitKey || ctx.inFlow || ctx.indentAtStart === undefined) return text
    const keyIndent = Math.max(0, ctx.indent.length - ctx.indentStep.length)
    return foldLikePyYaml(text, keyIndent + ctx.indentAtStart, ctx.indent)
  }
}

function withPyYamlTags(tags: Tags): Tags {
  const replaced = tags.map((tag) => {
    if (typeof tag === 'string' || tag.tag !== STR_TAG || typeof tag.stringify !== 'function') {
      return tag
    }
    return { ...tag, stringify: pyYamlString(tag.stringify as StringifyFn) } as ScalarTag
  })
  return [...replaced, ...PYYAML_SCALAR_TAGS]
}

/**
 * Serialises like MLflow's `write_yaml`: PyYAML `safe_dump(data, default_flow_style=False,
 * allow_unicode=True, sort_keys=True)`. Keys sorted, `null`, strings that would read back as
 * another type quoted ('0', 'yes', '1.5'), sequences not indented under their key.
 */
export function toMlflowYaml(data: Record<string, unknown>): string {
  return stringify(data, {
    version: '1.1',
    schema: 'failsafe',
    customTags: withPyYamlTags,
    sortMapEntries: true,
    indentSeq: false,
    singleQuote: true,
    blockQuote: false,
    lineWidth: 0,
    flowCollectionPadding: false,
    aliasDuplicateObjects: false,
  })
}
