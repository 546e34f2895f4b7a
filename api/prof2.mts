import { startTestServer } from './test/support/test-server.js';
import { freshDatabase } from './test/support/databases.js';
import { bookableOffer, bookableSession, bookingInput, BOOK } from './test/support/bookings.js';
import { organisationId } from './test/support/accounts.js';
const db = await freshDatabase('postgresql');
const server = await startTestServer(db, { env: { WAITLIST_MAX: '100000' } });
const offerId = await bookableOffer(server.orm.em, await organisationId(server.orm.em, 'ml-landes'));
const sessions = await Promise.all(Array.from({ length: 5 }, () => bookableSession(server.orm.em, offerId, { capacity: 500 })));
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  for (let i = 0; i < 30; i++) await server.gql(BOOK, { input: bookingInput(sessions[i % 5]!) });
  console.log('sequential avg', ((performance.now() - t) / 30).toFixed(1), 'ms');
}
const t = performance.now();
await Promise.all(Array.from({ length: 64 }, (_, i) => server.gql(BOOK, { input: bookingInput(sessions[i % 5]!) })));
console.log('64 concurrent', (performance.now() - t).toFixed(0), 'ms');
await server.stop(); await db.drop();
