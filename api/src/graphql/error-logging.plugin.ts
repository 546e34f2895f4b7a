import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../shared/domain-error.js';
import type { GraphQLContext } from './context.js';

/** Logs unexpected errors with the request id; expected refusals are not errors of ours. */
export const errorLoggingPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (original instanceof DomainError || error.extensions?.['code'] !== undefined && error.extensions['code'] !== 'INTERNAL_SERVER_ERROR') continue;
          contextValue.log.error({ err: original, operationName }, 'graphql: unexpected error');
        }
      },
    };
  },
};
