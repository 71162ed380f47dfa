/** The two course files, their public download address and their SHA-256 (SHA256SUMS). */
export type RawKind = 'dev' | 'prod'

export interface RawFileSource {
  kind: RawKind
  fileName: string
  sha256: string
}

export const RAW_DOWNLOAD_BASE_URL = 'https://github.com/tciodaro/eng_ml/raw/main/data/'

export const RAW_FILES: Record<RawKind, RawFileSource> = {
  dev: {
    kind: 'dev',
    fileName: 'dataset_kobe_dev.parquet',
    sha256: '3a177adbf7e4ef40cb770940a3aa52ee4880372352d4cf676a94a2d274a36b07',
  },
  prod: {
    kind: 'prod',
    fileName: 'dataset_kobe_prod.parquet',
    sha256: '98e4a0c2ed17d350f84fd356bfdcce9b707e931ec37909999489a3d36cf9d05e',
  },
}
