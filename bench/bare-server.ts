// Case (d): a bare node:http server answering every request with the same bytes from memory.
// Usage: run-ts bench/bare-server.ts <port> <body-file> <content-type>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, file, contentType] = process.argv.slice(2);
if (!port || !file || !contentType) {
  console.error('usage: bare-server <port> <body-file> <content-type>');
  process.exit(2);
}
const body = readFileSync(file);
const headers = { 'content-type': contentType, 'content-length': String(body.length) };

const server = createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.keepAliveTimeout = 72_000; // as Fastify's default, so connections are not recycled mid-run
server.listen(Number(port), '127.0.0.1', () => console.log(`bare server on ${port}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.once('SIGINT', () => server.close(() => process.exit(0)));
