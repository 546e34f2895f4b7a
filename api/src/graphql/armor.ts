import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from './context.js';

/**
 * Limits on the shape of a GraphQL document, checked before anything runs. Set above what the
 * PWA's and the portal's own documents need (test/graphql-protections.test.ts runs every one of
 * them through these rules) and far below what hurts the server.
 */
export const DOCUMENT_LIMITS = {
  maxDepth: 10,
  maxAliases: 10,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 15_000,
} as const;

export function graphqlArmor(production: boolean): { plugins: ApolloServerPlugin<GraphQLContext>[]; validationRules: ValidationRule[] } {
  const config: ConstructorParameters<typeof ApolloArmor>[0] = {
    maxDepth: { n: DOCUMENT_LIMITS.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: DOCUMENT_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: DOCUMENT_LIMITS.maxDirectives, exposeLimits: true },
    // Counted by graphql's own parser instead (parseOptions in server.ts): armor's plugin answers 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: DOCUMENT_LIMITS.maxCost, exposeLimits: true },
    // "Did you mean …" hands out the schema; in development it helps, in production it goes.
    blockFieldSuggestion: { enabled: production },
  };
  const { plugins, validationRules } = new ApolloArmor(config).protect();
  // graphql-armor's declarations point at @apollo/server's CommonJS types; the objects are the same.
  return { plugins: plugins as unknown as ApolloServerPlugin<GraphQLContext>[], validationRules };
}
