import { join } from 'node:path'
import type { ModelVersion, RegisteredModel } from '../../tracking/types'
import type { FileStoreFs } from './fs'
import { readKeyValueFolder } from './key-folder'
import { integerField } from './meta-fields'
import { modelVersionFromMeta, registeredModelFromMeta } from './registry-meta'
import type { RunLocator } from './run-locator'
import { readYamlMapping } from './yaml-file'

const VERSION_FOLDER_RE = /^version-(\d+)$/

async function readVersion(
  fs: FileStoreFs,
  folder: string,
  folderVersion: number,
  modelName: string,
  locator: RunLocator,
): Promise<ModelVersion | null> {
  const metaFile = join(folder, 'meta.yaml')
  const [meta, tags] = await Promise.all([
    readYamlMapping(fs, metaFile),
    readKeyValueFolder(fs, join(folder, 'tags')),
  ])
  if (meta === undefined) fs.log.add(folder, 'no meta.yaml: model version skipped')
  if (!meta) return null
  const result = modelVersionFromMeta(meta, folderVersion, modelName, tags)
  if (!result.ok) return null
  for (const warning of result.warnings) fs.log.add(metaFile, warning)
  const version = result.value
  if (version.stage === 'Deleted_Internal') return null
  if (version.runId && !(await locator.find(version.runId))) {
    fs.log.add(
      metaFile,
      `version ${version.version} points at run "${version.runId}", which is not in this store`,
    )
  }
  return version
}

/** aliases/<alias> files: content is the version number. */
async function readAliases(fs: FileStoreFs, folder: string): Promise<Record<string, number>> {
  const entries = (await fs.listFolder(folder)) ?? []
  const files = entries.filter((entry) => entry.kind === 'file')
  const texts = await Promise.all(files.map((entry) => fs.readText(join(folder, entry.name))))
  const aliases: Record<string, number> = {}
  files.forEach((entry, i) => {
    const text = texts[i]
    if (typeof text !== 'string') return
    const version = integerField(text)
    if (version === undefined) {
      fs.log.add(
        join(folder, entry.name),
        `alias content "${text.slice(0, 40)}" is not a version number`,
      )
    } else aliases[entry.name] = version
  })
  return aliases
}

async function readRegisteredModel(
  fs: FileStoreFs,
  folder: string,
  folderName: string,
  locator: RunLocator,
): Promise<RegisteredModel | null> {
  const metaFile = join(folder, 'meta.yaml')
  const [meta, tags, aliases, entries] = await Promise.all([
    readYamlMapping(fs, metaFile),
    readKeyValueFolder(fs, join(folder, 'tags')),
    readAliases(fs, join(folder, 'aliases')),
    fs.listFolder(folder),
  ])
  if (meta === undefined) fs.log.add(folder, 'no meta.yaml: registered model skipped')
  if (!meta) return null
  const result = registeredModelFromMeta(meta, folderName, tags)
  if (!result.ok) return null
  for (const warning of result.warnings) fs.log.add(metaFile, warning)
  const model = result.value
  const versionFolders = (entries ?? []).flatMap((entry) => {
    const match = entry.kind === 'dir' ? VERSION_FOLDER_RE.exec(entry.name) : null
    return match ? [{ folder: join(folder, entry.name), version: Number(match[1]) }] : []
  })
  const versions = await Promise.all(
    versionFolders.map((v) => readVersion(fs, v.folder, v.version, model.name, locator)),
  )
  model.versions = versions
    .filter((version): version is ModelVersion => version !== null)
    .sort((a, b) => a.version - b.version)
  model.aliases = aliases
  for (const [alias, number] of Object.entries(aliases)) {
    const target = model.versions.find((version) => version.version === number)
    if (target) target.aliases.push(alias)
    else
      fs.log.add(
        join(folder, 'aliases', alias),
        `alias "${alias}" points at version ${number}, which is missing or deleted`,
      )
  }
  return model
}

/** The FileStore model registry under `<root>/models/`, models sorted by name. */
export async function readRegistry(
  fs: FileStoreFs,
  root: string,
  locator: RunLocator,
): Promise<RegisteredModel[]> {
  const modelsFolder = join(root, 'models')
  const entries = (await fs.listFolder(modelsFolder)) ?? []
  const models = await Promise.all(
    entries
      .filter((entry) => entry.kind === 'dir' && !entry.name.startsWith('.'))
      .map((entry) => readRegisteredModel(fs, join(modelsFolder, entry.name), entry.name, locator)),
  )
  return models
    .filter((model): model is RegisteredModel => model !== null)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
