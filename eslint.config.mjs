import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'out/**',
      'out-subpath/**',
      'node_modules/**',
      'next-env.d.ts',
      'mlruns/**',
      'data/**',
      'public/data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  {
    // Imports flow one way: app/ → components/ → lib/. lib/ is plain TypeScript used by the CLI,
    // the tests and the browser, so it must not touch React, Next or the UI layers.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'next', 'next/*'],
              message: 'lib/ stays free of React and Next.',
            },
            {
              group: ['@/app/*', '@/components/*', '**/app/*', '**/components/*'],
              message: 'lib/ must not import from app/ or components/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '**/app/*'], message: 'components/ must not import from app/.' },
          ],
        },
      ],
    },
  },
]

export default config
