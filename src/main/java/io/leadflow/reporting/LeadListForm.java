package io.leadflow.reporting;

import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.LeadFilter;
import io.leadflow.lead.LifecycleStage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The lead list's filter form as typed (strings, so a bad value never fails the page; it is ignored and
 * shown as a warning). {@code page} is 0-based.
 */
record LeadListForm(
        String stage,
        String buyingStage,
        String grade,
        String minScore,
        String maxScore,
        String campaign,
        String source,
        String q,
        String page,
        String size,
        String importId) {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 200;

    LeadFilter filter() {
        return new LeadFilter(
                parse(stage, LifecycleStage::valueOf),
                parse(buyingStage, BuyingStage::valueOf),
                grade,
                parse(minScore, Integer::valueOf),
                parse(maxScore, Integer::valueOf),
                campaign,
                source,
                q,
                importId);
    }

    int pageNumber() {
        Integer value = parse(page, Integer::valueOf);
        return value == null || value < 0 ? 0 : value;
    }

    int pageSize() {
        Integer value = parse(size, Integer::valueOf);
        return value == null || value < 1 ? DEFAULT_SIZE : Math.min(value, MAX_SIZE);
    }

    /** Fields that were given but could not be read. */
    List<String> invalidFields() {
        return Arrays.asList(
                        invalid("stage", stage, LifecycleStage::valueOf),
                        invalid("buying stage", buyingStage, BuyingStage::valueOf),
                        invalid("min score", minScore, Integer::valueOf),
                        invalid("max score", maxScore, Integer::valueOf))
                .stream()
                .filter(name -> name != null)
                .toList();
    }

    /** The query string of this filter on another page (for paging links). */
    String queryForPage(int otherPage) {
        return UriComponentsBuilder.newInstance()
                .queryParamIfPresent("stage", present(stage))
                .queryParamIfPresent("buyingStage", present(buyingStage))
                .queryParamIfPresent("grade", present(grade))
                .queryParamIfPresent("minScore", present(minScore))
                .queryParamIfPresent("maxScore", present(maxScore))
                .queryParamIfPresent("campaign", present(campaign))
                .queryParamIfPresent("source", present(source))
                .queryParamIfPresent("q", present(q))
                .queryParamIfPresent("importId", present(importId))
                .queryParam("page", otherPage)
                .queryParam("size", pageSize())
                .encode()
                .build()
                .toUriString();
    }

    private static java.util.Optional<String> present(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.trim());
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    private static String invalid(String name, String value, Function<String, ?> parser) {
        return value != null && !value.isBlank() && parse(value, parser) == null ? name : null;
    }
}
