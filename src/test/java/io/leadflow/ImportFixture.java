package io.leadflow;

import java.util.UUID;

/** CSV files for import tests: good rows with unique emails, and every fifth-to-last row broken. */
public final class ImportFixture {

    private ImportFixture() {}

    /** rows data rows; the last bad ones are broken in different ways (bad email, missing email, bad size...). */
    public static String csv(int rows, int bad) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv =
                new StringBuilder("email,first_name,last_name,company,role,size,country,consent,campaign,notes\n");
        for (int i = 0; i < rows; i++) {
            boolean broken = i >= rows - bad;
            csv.append(broken ? badRow(i, run) : goodRow(i, run)).append('\n');
        }
        return csv.toString();
    }

    private static String goodRow(int i, String run) {
        return "fair-%s-%d@example.com,Ada%d,Lovelace,\"Engines, Ltd\",Head of Marketing,250,DE,%s,fair-2026,met at booth"
                .formatted(run, i, i, i % 2 == 0 ? "yes" : "no");
    }

    private static String badRow(int i, String run) {
        return switch (i % 5) {
            case 0 -> "not-an-email-%s-%d,Bad,Email,,,,DE,yes,fair-2026,".formatted(run, i);
            case 1 -> ",No,Email,,,,DE,yes,fair-2026,";
            case 2 -> "size-%s-%d@example.com,Bad,Size,,,lots,DE,yes,fair-2026,".formatted(run, i);
            case 3 -> "country-%s-%d@example.com,Bad,Country,,,,Germany,yes,fair-2026,".formatted(run, i);
            default -> "consent-%s-%d@example.com,Bad,Consent,,,,DE,maybe,fair-2026,".formatted(run, i);
        };
    }
}
