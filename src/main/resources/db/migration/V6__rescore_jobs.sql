create table rescore_job (
    id             varchar(36) primary key,
    dry_run        boolean     not null,
    status         varchar(20) not null,
    total          integer     not null,
    processed      integer     not null,
    grade_changes  integer     not null,
    newly_mql      integer     not null,
    no_longer_mql  integer     not null,
    started_at     timestamp   not null,
    finished_at    timestamp,
    error          varchar(1000)
);
