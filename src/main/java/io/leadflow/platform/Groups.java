package io.leadflow.platform;

import java.util.List;

/** The Camunda groups Leadflow's users belong to. */
final class Groups {

    static final String ADMIN = "camunda-admin";
    static final String MARKETING = "marketing";
    static final String SALES = "sales";
    static final String DESIGNERS = "designers";
    /** Sales teams that the routing table (lead-routing.dmn) can pick. */
    static final List<String> SALES_TEAMS = List.of(SALES, "sales-emea", "sales-americas", "sales-managers");

    private Groups() {}
}
