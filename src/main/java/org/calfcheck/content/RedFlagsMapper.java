package org.calfcheck.content;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.JsonTreeReader.Need;

/** Maps {@code redflags.json} onto {@link RedFlag} records. */
final class RedFlagsMapper {

    private RedFlagsMapper() {
    }

    static List<RedFlag> read(JsonTreeReader root) {
        root.allowFields("redFlags", "getHelpIf");
        return root.objects("redFlags", Need.NON_EMPTY, RedFlagsMapper::redFlag);
    }

    /** The "get help if…" lines kept next to the flags they depend on. */
    static List<HelpSign> helpSigns(JsonTreeReader root) {
        return root.objects("getHelpIf", Need.NON_EMPTY, RedFlagsMapper::helpSign);
    }

    private static HelpSign helpSign(JsonTreeReader s) {
        s.allowFields("text", "careLevels", "redFlags");
        EnumSet<CareLevel> levels = EnumSet.noneOf(CareLevel.class);
        List<String> names = s.texts("careLevels", Need.OPTIONAL);
        for (String name : names) {
            Optional<CareLevel> level = Arrays.stream(CareLevel.values()).filter(l -> l.name().equals(name)).findFirst();
            level.ifPresentOrElse(levels::add, () -> s.problemAt("careLevels",
                    "unknown care level \"" + name + "\" (expected SELF_CARE, SOON, URGENT or EMERGENCY)"));
        }
        List<String> flags = s.texts("redFlags", Need.OPTIONAL);
        if (names.isEmpty() && flags.isEmpty()) {
            s.problem("a get-help line needs careLevels, redFlags or both, or it would be shown to every runner");
        }
        return new HelpSign(s.text("text"), levels, flags);
    }

    /** Optional below URGENT (default false); from URGENT up it is always true and may not be set false. */
    private static boolean stopsRunning(JsonTreeReader f, CareLevel level) {
        boolean urgent = level.isAtLeast(CareLevel.URGENT);
        boolean stops = f.flag("stopsRunning", urgent);
        if (urgent && !stops) {
            f.problemAt("stopsRunning", "cannot be false for a flag that sends the runner to be seen today or now");
            return true;
        }
        return stops;
    }

    private static RedFlag redFlag(JsonTreeReader f) {
        f.allowFields("id", "title", "summary", "body", "careLevel", "action", "withholds", "stopsRunning");
        String id = f.id("id");
        // the stand-in for a missing or unknown level is URGENT, so the SELF_CARE check does not report it twice
        CareLevel level = f.enumValue("careLevel", CareLevel.class).orElse(CareLevel.URGENT);
        return new RedFlag(id, f.text("title"), f.text("summary"), f.text("body"), level, f.text("action"),
                f.texts("withholds", Need.OPTIONAL), stopsRunning(f, level));
    }
}
