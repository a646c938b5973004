/**
 * Raw HTTP over a socket, for tests of what the Node server does below the app.
 */
import { connect } from 'node:net';

/** Sends raw bytes and collects the whole answer until the server closes the socket. */
export function rawHttp(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk) => {
      data += chunk.toString();
    });
    socket.on('close', () => {
      resolve(data);
    });
    socket.on('error', reject);
    socket.write(bytes);
  });
}
