import { Field, Float, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ simpleResolvers: true })
export class GeoPoint {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type `<Name>Connection` with its `<Name>Edge`. */
export function connectionType<TNode extends object>(name: string, nodeType: ClassType<TNode>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: TNode;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection implements ConnectionShape<TNode> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return Connection;
}

export function toConnection<TItem, TNode>(
  page: { items: TItem[]; cursors: string[]; hasNextPage: boolean; totalCount: number },
  map: (item: TItem) => TNode,
): ConnectionShape<TNode> {
  const edges = page.items.map((item, index) => ({ cursor: page.cursors[index] ?? '', node: map(item) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
