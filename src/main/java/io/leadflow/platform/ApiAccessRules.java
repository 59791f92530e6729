package io.leadflow.platform;

import java.util.Collection;
import java.util.Set;

/** Which groups may call which part of /api. */
final class ApiAccessRules {

    private ApiAccessRules() {}

    static boolean allows(String method, String path, Collection<String> groups) {
        if (groups.contains(Groups.ADMIN)) {
            return true;
        }
        if (path.startsWith("/api/scoring/")) {
            return groups.contains(Groups.MARKETING) || groups.contains(Groups.DESIGNERS);
        }
        if (path.startsWith("/api/processes/")) {
            // moving running leads between versions is the designers' call
            return groups.contains(Groups.DESIGNERS);
        }
        if (path.startsWith("/api/sequences/") && path.endsWith("/simulate")) {
            return groups.contains(Groups.DESIGNERS) || groups.contains(Groups.MARKETING);
        }
        if (path.startsWith("/api/crm/")) {
            return groups.contains(Groups.SALES);
        }
        if ("GET".equals(method) && path.startsWith("/api/leads")) {
            return groups.contains(Groups.MARKETING) || groups.stream().anyMatch(Groups.SALES_TEAMS::contains);
        }
        return groups.contains(Groups.MARKETING);
    }

    /** What an integration authenticated by API key may do: everything under /api. */
    static final Set<String> API_KEY_GROUPS = Set.of(Groups.ADMIN);
}
