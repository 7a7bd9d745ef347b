// npm run mock:reset: restores the seed in MOCK_DB (default mock/.data/bank.db).
import { resetDatabase } from './seed'
import { openDb } from './store/db'

const file = process.env.MOCK_DB ?? 'mock/.data/bank.db'
const { db } = openDb(file)
resetDatabase(db)
db.close()
console.log(`mock bank reset to seed: ${file}`)
