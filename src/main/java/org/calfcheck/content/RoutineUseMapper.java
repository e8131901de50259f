package org.calfcheck.content;

/**
 * Reads the fields every routine item shares: {@code assumes}, {@code chosenBy} and {@code family}. A missing
 * {@code assumes} is read as KEEPS_RUNNING, the safe side: such an item never shows once a flag stops running.
 */
final class RoutineUseMapper {

    static final String[] FIELDS = {"assumes", "chosenBy", "family"};

    private RoutineUseMapper() {
    }

    static RoutineUse read(JsonTreeReader item) {
        Assumption assumes = item.enumValue("assumes", Assumption.class, Assumption.KEEPS_RUNNING);
        ChosenBy chosenBy = item.enumValue("chosenBy", ChosenBy.class, ChosenBy.CAUSE);
        String family = item.has("family") ? item.text("family") : "";
        return new RoutineUse(assumes, chosenBy, family);
    }

    /** The item's own fields followed by the shared ones, for {@code allowFields}. */
    static String[] withShared(String... own) {
        String[] all = new String[own.length + FIELDS.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(FIELDS, 0, all, own.length, FIELDS.length);
        return all;
    }
}
