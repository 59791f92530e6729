-- a dispatcher claims a whole batch in one update and reads back exactly the rows its token holds
alter table email_outbox add column claim_token varchar(36);
