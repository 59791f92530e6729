-- CSV lead imports: the upload is parsed into staged rows, then processed in chunks by any node
create table lead_import (
    id          varchar(36)   primary key,
    file_name   varchar(255)  not null,
    file_hash   varchar(64)   not null,
    header      varchar(4000) not null,
    delimiter   varchar(1)    not null,
    status      varchar(20)   not null,
    total       integer       not null,
    invalid     integer       not null,
    processed   integer       not null,
    created     integer       not null,
    merged      integer       not null,
    rejected    integer       not null,
    notes       varchar(4000),
    created_by  varchar(100),
    created_at  timestamp     not null,
    started_at  timestamp,
    finished_at timestamp
);
create index ix_lead_import_hash on lead_import (file_hash);

create table lead_import_row (
    import_id varchar(36)   not null references lead_import (id),
    line_no   integer       not null,
    chunk_no  integer       not null,
    status    varchar(20)   not null,
    email     varchar(320),
    form      varchar(4000),
    raw       varchar(4000) not null,
    error     varchar(1000),
    lead_id   varchar(36),
    primary key (import_id, line_no)
);
create index ix_lead_import_row_chunk on lead_import_row (import_id, chunk_no);
create index ix_lead_import_row_lead on lead_import_row (lead_id, import_id);

-- a chunk is claimed with a conditional update; a claim older than the stale limit may be taken over
create table lead_import_chunk (
    import_id   varchar(36) not null references lead_import (id),
    chunk_no    integer     not null,
    status      varchar(20) not null,
    claim_token varchar(36),
    claimed_at  timestamp,
    attempts    integer     not null,
    primary key (import_id, chunk_no)
);
create index ix_lead_import_chunk_status on lead_import_chunk (status, claimed_at);
