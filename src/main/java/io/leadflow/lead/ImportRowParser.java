package io.leadflow.lead;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns one CSV row into a lead form, or says field by field why it cannot be imported. */
@Component
class ImportRowParser {

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "x", "ja", "j", "opt-in", "optin");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "nein", "opt-out", "optout");

    /** The parsed form (null when a cell could not even be read) and the problems found. */
    record Parsed(LeadForm form, List<String> errors) {}

    private final Validator validator;

    ImportRowParser(Validator validator) {
        this.validator = validator;
    }

    Parsed parse(Map<String, String> values, String defaultSource, String defaultCampaign) {
        List<String> errors = new ArrayList<>();
        Integer size = number(values.get("companySize"), errors);
        Boolean consent = consent(values.get("consent"), errors);
        LeadForm form = new LeadForm(
                values.get("email"),
                values.get("firstName"),
                values.get("lastName"),
                values.get("company"),
                values.get("jobTitle"),
                size,
                values.get("industry"),
                values.get("country"),
                values.get("phone"),
                values.getOrDefault("source", defaultSource),
                values.getOrDefault("campaign", defaultCampaign),
                // no consent column or an empty cell: imported, but no marketing email
                new Consent(consent != null && consent),
                null);
        validator.validate(form).stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .map(ImportRowParser::describe)
                .forEach(errors::add);
        return new Parsed(errors.isEmpty() ? form : null, errors);
    }

    private static String describe(ConstraintViolation<LeadForm> violation) {
        return violation.getPropertyPath() + " " + violation.getMessage();
    }

    private static Integer number(String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(".", "").replace(",", "").replace(" ", ""));
        } catch (NumberFormatException notANumber) {
            errors.add("companySize must be a whole number, not \"" + value + "\"");
            return null;
        }
    }

    private static Boolean consent(String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        String answer = value.toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
            return true;
        }
        if (NO.contains(answer)) {
            return false;
        }
        errors.add("consent must be yes or no, not \"" + value + "\"");
        return null;
    }
}
