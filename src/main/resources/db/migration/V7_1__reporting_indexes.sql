-- Lead-flow report (io.leadflow.reporting): range scans by time instead of full scans.
-- entries per week, conversion, forecast training window: rows that began in a range
create index ix_stage_history_entered on lead_stage_history (entered_at, stage, lead_id);
-- time in stage: stays that ended in a range
create index ix_stage_history_left on lead_stage_history (left_at, stage, entered_at);
-- stages now and buying-stage mix of leads not erased
create index ix_lead_erased_stage on lead (erased_at, lifecycle_stage, buying_stage);
