package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.NativeProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Which sequence each of many leads runs right now: one engine query per 500 leads, not one per lead. */
@Component
class RunningSequences {

    private static final int BATCH = 500;
    private final RuntimeService runtime;
    private final ManagementService management;

    RunningSequences(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Lead id → key of the sequence it runs (called from its lifecycle); leads in none are absent. */
    Map<String, String> of(List<LeadId> leads) {
        Map<String, String> running = new HashMap<>();
        for (int from = 0; from < leads.size(); from += BATCH) {
            List<LeadId> batch = leads.subList(from, Math.min(leads.size(), from + BATCH));
            query(batch).list().forEach(instance -> running.put(instance.getBusinessKey(), key(instance)));
        }
        return running;
    }

    private NativeProcessInstanceQuery query(List<LeadId> batch) {
        String keys = java.util.stream.IntStream.range(0, batch.size())
                .mapToObj(i -> "#{k" + i + "}")
                .collect(Collectors.joining(", "));
        // a sequence instance is a root-level execution started by a call activity (has a super execution)
        NativeProcessInstanceQuery query = runtime.createNativeProcessInstanceQuery()
                .sql("select RES.* from " + management.getTableName(ExecutionEntity.class) + " RES"
                        + " where RES.PARENT_ID_ is null and RES.SUPER_EXEC_ is not null"
                        + " and RES.BUSINESS_KEY_ in (" + keys + ")");
        for (int i = 0; i < batch.size(); i++) {
            query.parameter("k" + i, batch.get(i).value());
        }
        return query;
    }

    static String key(ProcessInstance instance) {
        return instance.getProcessDefinitionId().split(":")[0];
    }
}
