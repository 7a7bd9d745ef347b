// Real concurrency for store functions: OS processes open one SQLite file, each says "ready", all are
// told "go" at once, and each prints what happened as one JSON line. In-process requests cannot race
// (better-sqlite3 runs each transaction to completion before the next starts).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')

/** What one worker answered: the status the route would answer, and the refusal's body. */
export interface RaceResult {
  status: number
  body?: { code: string; details?: { availableFen?: number } }
  /** event-signup: the sign-up made and whether it got places ('registered') or joined the line. */
  signupId?: string
  signupStatus?: string
  /** campaign-link: the code answered; campaign-visit: whether the visit counted. */
  code?: string
  counted?: boolean
}

interface Worker {
  child: ChildProcessWithoutNullStreams
  ready: Promise<void>
  result: Promise<RaceResult>
}

function startWorker(script: string, args: string[]): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT })
  let out = ''
  let err = ''
  child.stderr.on('data', (chunk) => (err += chunk))
  const lines = new Promise<string[]>((resolve, reject) => {
    child.on('close', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(err))))
  })
  const ready = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (out.startsWith('ready\n')) resolve()
    })
  })
  return { child, ready, result: lines.then((l) => JSON.parse(l[l.length - 1]) as RaceResult) }
}

/** Runs `script` once per argument list, all released at the same moment; answers their results. */
export async function race(script: string, argLists: string[][]): Promise<RaceResult[]> {
  const workers = argLists.map((args) => startWorker(script, args))
  await Promise.all(workers.map((w) => w.ready))
  for (const w of workers) w.child.stdin.write('go\n')
  return Promise.all(workers.map((w) => w.result))
}
