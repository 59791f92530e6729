-- double opt-in: consent waits for the lead's confirmation click
alter table lead add column consent_pending boolean default false not null;
alter table lead add column consent_confirmed_at timestamp;
-- transactional emails (the opt-in confirmation) need no marketing consent
alter table email_outbox add column kind varchar(20) default 'MARKETING' not null;
