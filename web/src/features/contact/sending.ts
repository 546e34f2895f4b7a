/**
 * What sending "Être rappelé·e" needs (the API call, the offline queue, Mes démarches on this
 * device), loaded by the form apart from its page: it is not needed to show the form, and the form
 * fetches it while the youth fills it in (as the booking form does its confirmation). The service
 * worker precaches it like every youth chunk, so it is there offline too.
 */
export { addMyStep } from '../my-steps/my-steps.store.js';
export { queueContactRequest, receiptStep } from './pending-requests.js';
export { sendContactRequest } from './send-contact-request.js';
