// The Node.js flags the BFF runs with, wherever it is started for real: npm start, the browser journeys, the
// benchmarks (and bff's own `npm start`, which repeats them: package.json cannot import).
// A larger young generation: a GraphQL request allocates many short-lived objects, and with the default
// semi-space (16 MB) they are scavenged — and the survivors copied — several times a second under load,
// which showed as ~12 % of CPU and the longest latency tails in profiles of 50 concurrent clients.
export const BFF_NODE_FLAGS = ['--max-semi-space-size=64'];
