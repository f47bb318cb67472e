import Fastify from 'fastify';

/** The baseline: a bare Fastify "hello" with no plugins, measured in the same run as the real server. */
const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3991) });
