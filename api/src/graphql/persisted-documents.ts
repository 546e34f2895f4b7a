import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { GraphQLContext } from './context.js';

/** Written by the web app's codegen (client preset, persistedDocuments): "sha256:<hex>" → normalised document. */
export const DEFAULT_MANIFEST = path.resolve(import.meta.dirname, '../../../web/src/gql/persisted-documents.json');

export const NOT_PERSISTED_MESSAGE = 'Cette requête ne fait pas partie de l’application Balise : elle est refusée.';

/** The documents the PWA (youth app and portal sign-in) is built with, by hash. */
export class PersistedDocuments {
  private readonly byHash: ReadonlyMap<string, string>;
  /** Raw text → allowed, so that each distinct text is normalised once. */
  private readonly checked = new Map<string, boolean>();

  constructor(manifest: Record<string, string>) {
    this.byHash = new Map(Object.entries(manifest).map(([key, text]) => [key.replace(/^sha256:/, ''), text]));
  }

  static load(file = DEFAULT_MANIFEST): PersistedDocuments {
    return new PersistedDocuments(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  }

  get size(): number {
    return this.byHash.size;
  }

  text(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  /** True when the document is one of the PWA's, whatever its spacing, field order or added __typename. */
  allows(rawText: string, document: DocumentNode): boolean {
    const known = this.checked.get(rawText);
    if (known !== undefined) return known;
    const allowed = this.byHash.has(normalisedHash(document));
    if (this.checked.size > 1_000) this.checked.clear();
    this.checked.set(rawText, allowed);
    return allowed;
  }

  /** Apollo's persisted-query cache, read-only: a hash sent alone is answered from the manifest; nothing is ever registered. */
  asCache(): ReadOnlyDocumentCache {
    return {
      // Apollo prefixes its keys ('apq:<hash>').
      get: async (key) => this.text(key.replace(/^apq:/, '')),
      set: async () => {},
      delete: async () => {},
    };
  }
}

/** The shape of Apollo's KeyValueCache<string>. */
interface ReadOnlyDocumentCache {
  get(hash: string): Promise<string | undefined>;
  set(hash: string, text: string): Promise<void>;
  delete(hash: string): Promise<void>;
}

/** The hash codegen gives a document: sha256 of its normalised print, without the __typename fields Apollo Client adds. */
export function normalisedHash(document: DocumentNode): string {
  const withoutTypename = visit(document, {
    [Kind.FIELD]: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined),
  });
  return createHash('sha256').update(printExecutableGraphQLDocument(withoutTypename)).digest('hex');
}

/**
 * In production, a caller who is not signed in may only run the PWA's own documents: an
 * attacker cannot craft costly or probing queries without a partner account.
 */
export function persistedDocumentsPlugin(documents: PersistedDocuments): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, source, document }) {
          if (contextValue.viewer || documents.allows(source, document)) return;
          throw new GraphQLError(NOT_PERSISTED_MESSAGE, { extensions: { code: 'FORBIDDEN', reason: 'PERSISTED_DOCUMENT_REQUIRED', http: { status: 403 } } });
        },
      };
    },
  };
}
