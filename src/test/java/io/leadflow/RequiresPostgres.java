package io.leadflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Runs the class only against the PostgreSQL server named by LEADFLOW_TEST_PG_URL; skipped, with the reason, otherwise. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@EnabledIfEnvironmentVariable(
        named = PostgresDatabase.URL_VARIABLE,
        matches = ".+",
        disabledReason = PostgresDatabase.URL_VARIABLE
                + " is not set: PostgreSQL tests skipped (.ci/run starts a server and sets it)")
public @interface RequiresPostgres {}
