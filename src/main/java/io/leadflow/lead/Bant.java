package io.leadflow.lead;

/** Budget, authority, need and timeline answers; null means not asked yet. */
public record Bant(Boolean budget, Boolean authority, Boolean need, Boolean timeline) {

    public boolean complete() {
        return Boolean.TRUE.equals(budget)
                && Boolean.TRUE.equals(authority)
                && Boolean.TRUE.equals(need)
                && Boolean.TRUE.equals(timeline);
    }
}
