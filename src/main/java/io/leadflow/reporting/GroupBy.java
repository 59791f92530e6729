package io.leadflow.reporting;

/** Lead attributes the flow can be split by; names and SQL are constants, never user input. */
enum GroupBy {
    SOURCE("source", "l.source", ""),
    CAMPAIGN("campaign", "l.campaign", ""),
    /** The sales team the lead was last routed to (sales_lead_routing, written by the sales module). */
    TEAM("team", "r.team", " left join sales_lead_routing r on r.lead_id = l.id");

    final String column;
    /** The group value, on lead {@code l}. */
    final String expression;
    /** What {@link #expression} needs besides lead {@code l}. */
    final String join;

    GroupBy(String column, String expression, String join) {
        this.column = column;
        this.expression = expression;
        this.join = join;
    }

    static GroupBy parse(String value) {
        return value == null || value.isBlank() ? null : valueOf(value.trim().toUpperCase());
    }
}
