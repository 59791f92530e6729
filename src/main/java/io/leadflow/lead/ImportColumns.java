package io.leadflow.lead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps a CSV header to lead fields by common names (English and German); unknown columns are noted. */
record ImportColumns(Map<Integer, String> fieldByIndex, Map<String, String> mapping, List<String> notes) {

    private static final Map<String, String> ALIASES = aliases();

    static ImportColumns of(List<String> header) {
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String field = ALIASES.get(normalise(name));
            if (field == null) {
                notes.add("Column \"" + name + "\" ignored: not a lead field");
            } else if (mapping.containsValue(field)) {
                notes.add("Column \"" + name + "\" ignored: " + field + " already comes from another column");
            } else {
                byIndex.put(i, field);
                mapping.put(name, field);
            }
        }
        return new ImportColumns(byIndex, mapping, notes);
    }

    boolean hasEmail() {
        return fieldByIndex.containsValue("email");
    }

    /** The row's values by lead field; blank cells are absent. */
    Map<String, String> values(List<String> row) {
        Map<String, String> values = new LinkedHashMap<>();
        fieldByIndex.forEach((index, field) -> {
            if (index < row.size() && !row.get(index).isBlank()) {
                values.put(field, row.get(index).trim());
            }
        });
        return values;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        put(aliases, "email", "email", "emailaddress", "mail", "emailadresse");
        put(aliases, "firstName", "firstname", "first", "givenname", "forename", "vorname");
        put(aliases, "lastName", "lastname", "last", "surname", "familyname", "nachname");
        put(aliases, "company", "company", "companyname", "organisation", "organization", "account", "firma");
        put(aliases, "jobTitle", "jobtitle", "title", "role", "position", "function", "funktion");
        put(aliases, "companySize", "companysize", "size", "employees", "headcount", "mitarbeiter");
        put(aliases, "industry", "industry", "sector", "branche");
        put(aliases, "country", "country", "countrycode", "land");
        put(aliases, "phone", "phone", "phonenumber", "telephone", "telefon");
        put(aliases, "consent", "consent", "marketingconsent", "optin", "marketingemail", "einwilligung");
        put(aliases, "campaign", "campaign", "kampagne");
        put(aliases, "source", "source", "leadsource", "quelle");
        return aliases;
    }

    private static void put(Map<String, String> aliases, String field, String... names) {
        for (String name : names) {
            aliases.put(name, field);
        }
    }
}
