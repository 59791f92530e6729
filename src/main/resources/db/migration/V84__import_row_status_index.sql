-- an import's progress page lists its first rejected rows on every poll: found through this index,
-- not by reading every row of a large import
create index ix_lead_import_row_status on lead_import_row (import_id, status, line_no);
