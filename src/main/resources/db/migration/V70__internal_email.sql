-- internal emails (SLA reminders to sales reps) are plain text without an unsubscribe link
alter table email_outbox alter column html_body drop not null;
alter table email_outbox alter column unsubscribe_url drop not null;
