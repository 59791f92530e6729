-- Nothing to do: on PostgreSQL the outbox bodies are text, stored in the row already (H2's V83 moves them
-- out of its LOB storage). Kept so both vendor folders carry the same versions.
select 1;
