import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AUDITED_ENTITY_TYPES, type AuditedEntityType } from './audit-entry.entity.js';

export const AuditedEntityTypeEnum = Object.fromEntries(AUDITED_ENTITY_TYPES.map((type) => [type, type])) as { [K in AuditedEntityType]: K };
registerEnumType(AuditedEntityTypeEnum, { name: 'AuditedEntityType' });

@ObjectType({ simpleResolvers: true })
export class AuditActor {
  @Field(() => String) displayName!: string;
}

@ObjectType('AuditEntry', { description: 'Who changed what, when. `summary` names the changed fields, never their values.', simpleResolvers: true })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => AuditActor, { nullable: true, description: 'Null for the platform itself (catalogue import).' }) actor!: AuditActor | null;
  @Field(() => AuditedEntityTypeEnum) entityType!: AuditedEntityType;
  @Field(() => ID) entityId!: string;
  @Field(() => String, {
    description: 'CREATED, UPDATED, DELETED, UPDATED_FOR_REVIEW, SUBMITTED, PUBLISHED, SENT_BACK, DUPLICATED, ARCHIVED, VALIDATED, CANCELLED',
  })
  action!: string;
  @Field(() => String, { description: 'Changed field names, comma-separated (empty for a creation).' }) summary!: string;
}
