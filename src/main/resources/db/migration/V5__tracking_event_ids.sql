-- tracking events are keyed by the email's outbox key, longer than client event ids
alter table engagement_event alter column event_id set data type varchar(320);
