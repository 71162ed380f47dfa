import { parseBasePath } from './lib/deploy/base-path.mjs'

// BASE_PATH=/<repo> serves the site under a sub-path (GitHub Pages project sites); the browser's
// data fetches read the same value through NEXT_PUBLIC_BASE_PATH (components/data/fetch-bytes.ts).
const basePath = parseBasePath(process.env.BASE_PATH)

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  // SOURCE_MAPS=1 writes the browser bundles' source maps, so a profile names plotly.js's and our
  // source files (scripts/bench-ui/trace-change.ts); never on by default
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === '1',
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // SITE_OUT_DIR builds into another folder than out/ (with output: 'export', distDir is the
  // export folder); the sub-path end-to-end test uses it so it leaves out/ alone
  ...(process.env.SITE_OUT_DIR ? { distDir: process.env.SITE_OUT_DIR } : {}),
}

export default nextConfig
