package io.leadflow.reporting;

/** The reporting tests write raw rows, so they share a database (and a Spring context) of their own. */
final class ReportingDatabase {

    static final String URL = "spring.datasource.url=jdbc:h2:mem:reporting-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";

    private ReportingDatabase() {}
}
