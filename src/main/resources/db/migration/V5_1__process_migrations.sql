-- migrations of running instances onto a new process version, kept so that they can be reverted
create table process_migration (
    id                   varchar(36)  primary key,
    process_key          varchar(255) not null,
    target_definition_id varchar(64)  not null,
    canary_percent       integer,
    created_at           timestamp    not null,
    reverted_at          timestamp
);

create table process_migration_instance (
    migration_id         varchar(36) not null references process_migration (id),
    process_instance_id  varchar(64) not null,
    source_definition_id varchar(64) not null,
    primary key (migration_id, process_instance_id)
);
