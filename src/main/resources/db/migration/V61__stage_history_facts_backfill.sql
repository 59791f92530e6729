-- Derived columns of V60 for the rows written before it (portable correlated subqueries, one pass each).
-- LeadStages.rebuildReportFacts() runs this file again after raw imports.
update lead_stage_history set to_stage = (
    select n.stage from lead_stage_history n
    where n.lead_id = lead_stage_history.lead_id
      and (n.entered_at > lead_stage_history.entered_at
           or (n.entered_at = lead_stage_history.entered_at and n.id > lead_stage_history.id))
    order by n.entered_at, n.id fetch first 1 rows only)
where left_at is not null;
update lead_stage_history set prev_entered_at = (
    select max(p.entered_at) from lead_stage_history p
    where p.lead_id = lead_stage_history.lead_id and p.stage = lead_stage_history.stage
      and p.entered_at < lead_stage_history.entered_at);
update lead_stage_history set reached_lead_at = (
    select min(n.entered_at) from lead_stage_history n
    where n.lead_id = lead_stage_history.lead_id and n.entered_at > lead_stage_history.entered_at
      and n.stage in ('LEAD', 'MQL', 'SAL', 'SQL', 'OPPORTUNITY', 'CUSTOMER'))
where stage in ('SUBSCRIBER');
update lead_stage_history set reached_mql_at = (
    select min(n.entered_at) from lead_stage_history n
    where n.lead_id = lead_stage_history.lead_id and n.entered_at > lead_stage_history.entered_at
      and n.stage in ('MQL', 'SAL', 'SQL', 'OPPORTUNITY', 'CUSTOMER'))
where stage in ('SUBSCRIBER', 'LEAD');
update lead_stage_history set reached_sal_at = (
    select min(n.entered_at) from lead_stage_history n
    where n.lead_id = lead_stage_history.lead_id and n.entered_at > lead_stage_history.entered_at
      and n.stage in ('SAL', 'SQL', 'OPPORTUNITY', 'CUSTOMER'))
where stage in ('SUBSCRIBER', 'LEAD', 'MQL');
update lead_stage_history set reached_sql_at = (
    select min(n.entered_at) from lead_stage_history n
    where n.lead_id = lead_stage_history.lead_id and n.entered_at > lead_stage_history.entered_at
      and n.stage in ('SQL', 'OPPORTUNITY', 'CUSTOMER'))
where stage in ('SUBSCRIBER', 'LEAD', 'MQL', 'SAL');
update lead_stage_history set reached_opportunity_at = (
    select min(n.entered_at) from lead_stage_history n
    where n.lead_id = lead_stage_history.lead_id and n.entered_at > lead_stage_history.entered_at
      and n.stage in ('OPPORTUNITY', 'CUSTOMER'))
where stage in ('SUBSCRIBER', 'LEAD', 'MQL', 'SAL', 'SQL');
update lead_stage_history set reached_customer_at = (
    select min(n.entered_at) from lead_stage_history n
    where n.lead_id = lead_stage_history.lead_id and n.entered_at > lead_stage_history.entered_at
      and n.stage in ('CUSTOMER'))
where stage in ('SUBSCRIBER', 'LEAD', 'MQL', 'SAL', 'SQL', 'OPPORTUNITY');
