package io.leadflow.bench;

import io.leadflow.PostgresDatabase;
import io.leadflow.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark on PostgreSQL with the postgres profile (history audit), in a fresh database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@RequiresPostgres
class PostgresBenchmark extends AbstractBenchmark {

    private static PostgresDatabase database;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> pg().url());
        registry.add("spring.datasource.username", () -> pg().user());
        registry.add("spring.datasource.password", () -> pg().password());
        for (String property : PROPERTIES) {
            String[] pair = property.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    private static synchronized PostgresDatabase pg() {
        if (database == null) {
            database = PostgresDatabase.create("bench");
        }
        return database;
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
