package io.leadflow.demo;

import io.leadflow.lead.Bant;
import io.leadflow.lead.Consent;
import io.leadflow.lead.LeadForm;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Synthetic but plausible leads: names, companies, roles, markets, sources and campaigns. */
final class DemoPeople {

    /** How a synthetic lead will behave: engagement per day, and whether it asks for a demo. */
    enum Persona {
        HAND_RAISER(0.2),
        ENGAGED(0.4),
        CASUAL(0.04),
        SILENT(0.01);

        final double activityPerDay;

        Persona(double activityPerDay) {
            this.activityPerDay = activityPerDay;
        }
    }

    private static final List<String> FIRST =
            words("Ada Grace Alan Linus Margaret Edsger Barbara Ken Frances Tim Hedy Niklaus Radia "
                    + "Dennis Katherine Guido Sophie Lars Mette Jordi Núria Jonas Lea Mateo Ines Oskar "
                    + "Freja Pau Clara Emil");
    private static final List<String> LAST =
            words("Lovelace Hopper Turing Torvalds Hamilton Dijkstra Liskov Thompson Allen Berners "
                    + "Lamarr Wirth Perlman Ritchie Johnson Rossum Wilson Nielsen Jensen Puig Ferrer "
                    + "Schmidt Weber Garcia Hansen Larsen");
    private static final List<String> COMPANY_WORDS = words(
            "Nordic Alpine Blue Quantum Vertex Harbor Summit Iron Bright Cobalt Delta Maple " + "Orbit Pioneer Silver");
    private static final List<String> COMPANY_KINDS =
            words("Analytics Logistics Systems Health Robotics Software Energy Foods Finance Labs");
    private static final List<String> SENIOR_TITLES =
            List.of("Head of Marketing", "VP Sales", "CTO", "Marketing Director", "Chief Revenue Officer");
    private static final List<String> OTHER_TITLES =
            List.of("Marketing Manager", "Analyst", "Student", "Consultant", "Developer", "Office Manager");
    private static final List<String> INDUSTRIES =
            List.of("Software", "Manufacturing", "Healthcare", "Retail", "Finance", "Education");
    private static final List<String> COUNTRIES = List.of("DE", "DK", "ES", "FR", "GB", "US", "CA", "NL");
    private static final List<String> SOURCES =
            List.of("web-form", "whitepaper", "webinar", "trade-show", "newsletter");
    private static final List<String> CAMPAIGNS =
            List.of("spring-launch", "pricing-guide", "webinar-series", "partner-event");

    private final Random random;
    private int sequence;

    DemoPeople(Random random) {
        this.random = random;
    }

    Persona persona() {
        double p = random.nextDouble();
        return p < 0.12 ? Persona.HAND_RAISER : p < 0.45 ? Persona.ENGAGED : p < 0.80 ? Persona.CASUAL : Persona.SILENT;
    }

    /** A lead form; hand-raisers and engaged leads fit better more often (as in real funnels). */
    LeadForm lead(Persona persona) {
        boolean fits = random.nextDouble()
                < (persona == Persona.HAND_RAISER ? 0.85 : persona == Persona.ENGAGED ? 0.55 : 0.25);
        String first = pick(FIRST);
        String last = pick(LAST);
        String company = pick(COMPANY_WORDS) + " " + pick(COMPANY_KINDS);
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + (++sequence)
                + "@" + company.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
        return new LeadForm(
                email,
                first,
                last,
                company,
                fits ? pick(SENIOR_TITLES) : pick(OTHER_TITLES),
                fits ? 50 + random.nextInt(950) : 1 + random.nextInt(40),
                fits ? "Software" : pick(INDUSTRIES),
                pick(COUNTRIES),
                null,
                pick(SOURCES),
                pick(CAMPAIGNS),
                new Consent(random.nextDouble() < 0.92),
                fits ? new Bant(random.nextBoolean(), true, true, random.nextBoolean()) : null);
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
