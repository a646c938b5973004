/**
 * Answers for requests that Node's HTTP parser refuses before the app sees them (headers too
 * large, a malformed content-length, a header timeout): a problem+json body where the socket
 * still takes one, instead of an empty reply.
 *
 * @module
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { webMessages as m } from './messages.js';
import { problem } from './problem.js';

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
};

/** The status and problem code for a parser error code (`HPE_*`, `ERR_HTTP_*`). */
export function parserRefusal(code: string | undefined): { status: number; problemCode: string } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, problemCode: 'HEADERS_TOO_LARGE' };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, problemCode: 'HEADERS_TIMEOUT' };
  return { status: 400, problemCode: 'BAD_REQUEST' };
}

/** The raw HTTP/1.1 response for a parser error, with a problem+json body (Bahasa Indonesia). */
export function parserErrorResponse(code: string | undefined): string {
  const { status, problemCode } = parserRefusal(code);
  const detail =
    status === 431
      ? m.HEADERS_TOO_LARGE()
      : status === 408
        ? m.HEADERS_TIMEOUT()
        : m.BAD_REQUEST({ reason: code ?? 'unreadable request' });
  const body = JSON.stringify(problem(problemCode, status, detail, 'id'));
  return [
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}`,
    'content-type: application/problem+json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    `x-problem-code: ${problemCode}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
}

/** Makes a Node server answer parser errors with problem+json (see {@link parserErrorResponse}). */
export function answerParserErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(parserErrorResponse(error.code));
  });
}
