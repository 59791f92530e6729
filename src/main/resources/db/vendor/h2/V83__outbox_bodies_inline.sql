-- H2 keeps a CLOB above a few hundred bytes in separate LOB storage: every email body was an extra write
-- on queueing and an extra read on sending. As VARCHAR the bodies live in the row (PostgreSQL: text already).
alter table email_outbox alter column html_body set data type varchar(1000000);
alter table email_outbox alter column text_body set data type varchar(1000000);
