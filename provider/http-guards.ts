import type { Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';

/** '16kb', '1mb', 2048 -> bytes (the body-parser `limit` syntax this service uses). */
export function limitInBytes(limit: string | number): number {
  if (typeof limit === 'number') return limit;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(limit);
  if (!match) throw new TypeError(`body limit "${limit}" is not a size; use e.g. '16kb' or a number of bytes`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[
    (match[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'
  ];
  return Math.floor(Number(match[1]) * unit);
}

/**
 * Refuse an upload over `limit` bytes as soon as that is known, without reading the rest: at once when the
 * declared Content-Length is too large, and as soon as a chunked body passes the limit on the wire.
 * (body-parser alone reads a rejected body to its end before answering.) The answer closes the connection.
 */
export function uploadLimit(limit: number, tooLarge: (req: Request, res: Response) => void): RequestHandler {
  return (req, res, next) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit) {
      res.setHeader('Connection', 'close');
      return tooLarge(req, res);
    }
    if (declared === undefined && req.headers['transfer-encoding'] !== undefined) {
      let seen = 0;
      const count = (chunk: Buffer) => {
        seen += chunk.length;
        if (seen <= limit || res.headersSent) return;
        req.off('data', count);
        res.setHeader('Connection', 'close');
        tooLarge(req, res);
      };
      req.on('data', count);
    }
    next();
  };
}

/**
 * Requests Node's parser refuses before express sees them (a header section over the size limit, a
 * malformed request line) get a problem+json answer instead of a bare status line, then the connection closes.
 */
export function problemOnClientError(server: Server, typePrefix: string): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (error.code === 'ECONNRESET' && !socket.readable)) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const title = STATUS_CODES[status] ?? 'Bad Request';
    const detail =
      status === 431
        ? 'The request line and headers are larger than this service accepts; send fewer or shorter parameters.'
        : status === 408
          ? 'The request took too long to arrive.'
          : 'The request is not valid HTTP/1.1.';
    const body = JSON.stringify({
      type: `${typePrefix}${status === 431 ? 'headers-too-large' : 'bad-request'}`,
      title,
      status,
      detail,
    });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; ` +
        `charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
