create table app_secret (
    name       varchar(50)  primary key,
    secret     varchar(200) not null,
    created_at timestamp    not null
);
