// The portal uses the youth app's accessible components (same markup, same styles).
export { Card } from '../../ui/Card.js';
export { Field } from '../../ui/Field.js';
export { Notice } from '../../ui/Notice.js';
export { Spinner } from '../../ui/Spinner.js';
