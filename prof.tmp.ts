import { readFileSync } from 'node:fs'
import { functionTimes } from './scripts/bench-ui/cpu-profile'
const p = JSON.parse(readFileSync(process.argv[2]!, 'utf8'))
const { self, total } = functionTimes(p)
console.log('SELF'); for (const [k, v] of self.slice(0, 25)) console.log(v.toFixed(0).padStart(7), k)
console.log('TOTAL'); for (const [k, v] of total.slice(0, 45)) console.log(v.toFixed(0).padStart(7), k)
