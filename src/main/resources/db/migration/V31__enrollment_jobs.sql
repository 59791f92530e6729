-- bulk enrollments of many leads run in the background; progress is committed with each chunk
create table enrollment_job (
    id               varchar(36)  primary key,
    sequence         varchar(255) not null,
    status           varchar(20)  not null,
    total            integer      not null,
    processed        integer      not null,
    enrolled         integer      not null,
    already_enrolled integer      not null,
    not_in_nurture   integer      not null,
    unknown_lead     integer      not null,
    requested_by     varchar(100),
    claim_token      varchar(36),
    claimed_at       timestamp,
    created_at       timestamp    not null,
    finished_at      timestamp
);
create index ix_enrollment_job_status on enrollment_job (status);

create table enrollment_job_lead (
    job_id  varchar(36) not null references enrollment_job (id),
    seq_no  integer     not null,
    lead_id varchar(36) not null,
    primary key (job_id, seq_no)
);
