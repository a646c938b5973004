// The server under load: the built API without request logging, on a free loopback port.
// Prints {"port":N} once it listens. Started by load.mjs in its own process.
import { startServer } from '../dist/node.js';

const { port } = await startServer({ port: 0, hostname: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ port })}\n`);
