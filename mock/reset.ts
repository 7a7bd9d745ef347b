// npm run mock:reset: restores the seed in MOCK_DB (default mock/.data/bank.db); MOCK_SAMPLE=large
// restores the large sample.
import { resetDatabase } from './seed'
import { sampleFromEnv } from './seed/large-sample'
import { openDb } from './store/db'

const file = process.env.MOCK_DB ?? 'mock/.data/bank.db'
const { db } = openDb(file)
resetDatabase(db, sampleFromEnv(process.env.MOCK_SAMPLE))
db.close()
console.log(`mock bank reset to seed: ${file}`)
