-- Lead-flow report (io.leadflow.reporting): derived columns kept by LeadStages in the stage change's
-- own transaction, so conversion and the forecast read one indexed range instead of pairing rows per lead.
-- where the stay went when it ended (null while open)
alter table lead_stage_history add column to_stage varchar(20);
-- the lead's previous entry into the same stage: a row is its lead's first entry in [from, to) when this is null or before from
alter table lead_stage_history add column prev_entered_at timestamp;
-- first later entry at or beyond the named funnel stage (DISQUALIFIED never counts as beyond)
alter table lead_stage_history add column reached_lead_at timestamp;
alter table lead_stage_history add column reached_mql_at timestamp;
alter table lead_stage_history add column reached_sal_at timestamp;
alter table lead_stage_history add column reached_sql_at timestamp;
alter table lead_stage_history add column reached_opportunity_at timestamp;
alter table lead_stage_history add column reached_customer_at timestamp;

-- recycles: moves back to LEAD by from-stage, in a range
create index ix_stage_history_recycle on lead_stage_history (stage, from_stage, entered_at);
-- SLA breaches in a range
create index ix_sales_sla_breach_at on sales_sla_breach (breached_at, team);

-- the sales team a lead was last routed to (sales module), for groupBy=team
create table sales_lead_routing (
    lead_id   varchar(36)  primary key references lead (id),
    team      varchar(100) not null,
    routed_at timestamp    not null
);
create index ix_sales_lead_routing_team on sales_lead_routing (team);
