// A tiny static server for dist/h5 that proxies /api/* to the mock bank, like the real gateway would.
import { createReadStream, promises as fs } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/** How to start a preview server. */
export interface PreviewOptions {
  /** Port to listen on (default: a free one). */
  port?: number
  /** Port of the mock bank on 127.0.0.1 that /api/* goes to. */
  mockPort: number
  /** Directory of the built H5 app (dist/h5). */
  root: string
}

/** A running preview server. */
export interface Preview {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string
  close: () => Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

/** Pipes the request to the mock: method, path, headers (cookies included) and body; 502 if it is down. */
function proxy(req: IncomingMessage, res: ServerResponse, mockPort: number): void {
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: mockPort,
      method: req.method,
      path: req.url,
      headers: {
        ...req.headers,
        // As a gateway does: the address the phone came from is appended to what it claimed.
        'x-forwarded-for': [req.headers['x-forwarded-for'], req.socket.remoteAddress]
          .filter(Boolean)
          .join(', '),
        'x-forwarded-host': req.headers.host ?? '',
      },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  upstream.on('error', (error) => {
    if (res.headersSent) return void res.destroy(error)
    sendJson(res, 502, { code: 'BAD_GATEWAY', message: `模拟银行服务不可用（${error.message}）` })
  })
  req.pipe(upstream)
}

/** Promo links /p/<code> and campaign links /e/<code> (no dot: a verification file stays a file). */
const LANDING_LINK = /^\/[pe]\/[^/.]+\/?$/

/**
 * Serves a file under root; `/`, extension-less paths and landing links get index.html (history
 * fallback). A path that cannot be decoded is 400, not an error of the server.
 */
async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const raw = new URL(req.url ?? '/', 'http://x').pathname
  if (LANDING_LINK.test(raw)) return sendFile(req, res, path.join(root, 'index.html'))
  let pathname: string
  try {
    pathname = decodeURIComponent(raw)
  } catch {
    return sendJson(res, 400, { code: 'BAD_REQUEST', message: `Bad path: ${raw}` })
  }
  let file = path.join(root, path.normalize(pathname))
  if (!file.startsWith(root)) return sendJson(res, 403, { code: 'FORBIDDEN', message: 'Forbidden' })
  if (pathname.endsWith('/') || !path.extname(pathname)) file = path.join(root, 'index.html')
  return sendFile(req, res, file)
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => null)
  if (!stat?.isFile()) return sendJson(res, 404, { code: 'NOT_FOUND', message: `Not found: ${req.url}` })
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  res.writeHead(200, { 'content-type': type, 'content-length': stat.size, 'cache-control': 'no-cache' })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file).pipe(res)
}

/** Starts the preview server on 127.0.0.1. */
export async function startPreview({ port = 0, mockPort, root }: PreviewOptions): Promise<Preview> {
  const absRoot = path.resolve(root)
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/api/')) return proxy(req, res, mockPort)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Method not allowed' })
    serveStatic(req, res, absRoot).catch((error: Error) => {
      if (res.headersSent) res.destroy(error)
      else sendJson(res, 500, { code: 'INTERNAL', message: error.message })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
