-- ScaleBenchmark: :n leads straight into PostgreSQL, created evenly over the last two years, in the
-- rows a nurtured lead leaves behind. Bypasses the API, scoring and the engine's logic: no process
-- variables, event subscriptions, activity history or nurture-sequence instances are written; each
-- lead gets one root execution of LeadLifecycle, one far-future timer job and one history instance.
insert into lead (id, email, first_name, last_name, company, job_title, company_size, industry, country,
                  source, campaign, consent_marketing_email, bant_budget, bant_authority, bant_need,
                  bant_timeline, lifecycle_stage, buying_stage, fit_grade, fit_score, engagement_score,
                  engagement_qualified, created_at, updated_at)
select 'seed-' || lpad(i::text, 31, '0'), 'seed-' || i || '@seed.example', 'Seed', i::text,
       'Seed ' || (i % 5000), 'Manager', 10 + i % 900, 'Software', 'DE',
       (array ['webinar', 'website', 'event', 'referral'])[1 + i % 4], 'campaign-' || (i % 20),
       true, i % 2 = 0, i % 3 = 0, true, i % 5 = 0,
       (array ['LEAD', 'LEAD', 'LEAD', 'LEAD', 'LEAD', 'LEAD', 'SUBSCRIBER', 'MQL', 'SAL', 'SQL',
               'OPPORTUNITY', 'CUSTOMER'])[1 + i % 12],
       (array ['NO_NEED', 'NEED_NO_BANT', 'SHORTLIST'])[1 + i % 3], (array ['A', 'B', 'C', 'D'])[1 + i % 4],
       20 + i % 80, i % 50, false,
       localtimestamp - make_interval(secs => i * 63072000.0 / :n),
       localtimestamp - make_interval(secs => i * 63072000.0 / :n)
from generate_series(1, :n) i;

-- the report's derived columns (V60, V62) are written directly, as LeadStages would have kept them
insert into lead_stage_history (lead_id, stage, from_stage, reason, entered_at, left_at, to_stage,
                                reached_mql_at, reached_sal_at, reached_sql_at, reached_opportunity_at,
                                reached_customer_at, advanced_at)
select id, case when lifecycle_stage = 'SUBSCRIBER' then 'SUBSCRIBER' else 'LEAD' end, null, 'Captured (seed)',
       created_at, case when advanced then created_at + interval '9 days' end,
       case when advanced then lifecycle_stage end,
       case when lifecycle_stage in ('MQL', 'SAL', 'SQL', 'OPPORTUNITY', 'CUSTOMER') then created_at + interval '9 days' end,
       case when lifecycle_stage in ('SAL', 'SQL', 'OPPORTUNITY', 'CUSTOMER') then created_at + interval '9 days' end,
       case when lifecycle_stage in ('SQL', 'OPPORTUNITY', 'CUSTOMER') then created_at + interval '9 days' end,
       case when lifecycle_stage in ('OPPORTUNITY', 'CUSTOMER') then created_at + interval '9 days' end,
       case when lifecycle_stage in ('CUSTOMER') then created_at + interval '9 days' end,
       case when lifecycle_stage in ('MQL', 'SAL', 'SQL', 'OPPORTUNITY', 'CUSTOMER') then created_at + interval '9 days' end
from (select l.*, l.lifecycle_stage not in ('LEAD', 'SUBSCRIBER') advanced from lead l where id like 'seed-%') l;

insert into lead_stage_history (lead_id, stage, from_stage, reason, entered_at)
select id, lifecycle_stage, 'LEAD', 'Progressed (seed)', created_at + interval '9 days'
from lead where id like 'seed-%' and lifecycle_stage not in ('LEAD', 'SUBSCRIBER');

insert into lead_timeline (lead_id, occurred_at, type, summary)
select id, created_at, t.type, t.summary
from lead, (values ('STAGE_CHANGED', 'Entered LEAD: Captured (seed)'), ('EMAIL_SENT', 'Email sent: Welcome')) t(type, summary)
where id like 'seed-%';

insert into email_outbox (idempotency_key, lead_id, template, recipient, subject, html_body, text_body,
                          unsubscribe_url, status, attempts, next_attempt_at, created_at, sent_at)
select id || ':welcome', id, 'welcome', email, 'Welcome', '<p>Welcome</p>', 'Welcome',
       'https://leadflow.example/unsubscribe', 'SENT', 0, created_at, created_at, created_at
from lead where id like 'seed-%';

insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_, act_id_,
                              is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_,
                              cached_ent_state_, sequence_counter_, proc_def_key_)
select 'x' || id, 1, 'x' || id, 'x' || id, id, d.id_, 'SubProcess_Nurture', false, false, true, false, 1, 17, 10,
       'LeadLifecycle'
from lead, (select id_ from act_re_procdef where key_ = 'LeadLifecycle' order by version_ desc limit 1) d
where id like 'seed-%';

insert into act_ru_job (id_, rev_, type_, exclusive_, execution_id_, root_proc_inst_id_, process_instance_id_,
                        process_def_id_, process_def_key_, retries_, duedate_, handler_type_, handler_cfg_,
                        suspension_state_, priority_, sequence_counter_, create_time_)
select 'j' || e.id_, 1, 'timer', true, e.id_, e.id_, e.id_, e.proc_def_id_, 'LeadLifecycle', 3,
       timestamp '2099-01-01', 'timer-intermediate-transition', 'seed', 1, 0, 1, localtimestamp
from act_ru_execution e where e.id_ like 'xseed-%';

insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                             start_act_id_, root_proc_inst_id_, state_)
select e.id_, e.id_, e.business_key_, 'LeadLifecycle', e.proc_def_id_, l.created_at, 'StartEvent_LeadCaptured',
       e.id_, 'ACTIVE'
from act_ru_execution e join lead l on l.id = e.business_key_ where e.id_ like 'xseed-%';

analyze;
