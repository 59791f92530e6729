package io.leadflow.reporting;

/** Lead attributes the flow can be split by; the column is a constant, never user input. */
enum GroupBy {
    SOURCE("source"),
    CAMPAIGN("campaign");

    final String column;

    GroupBy(String column) {
        this.column = column;
    }

    static GroupBy parse(String value) {
        return value == null || value.isBlank() ? null : valueOf(value.trim().toUpperCase());
    }
}
