package org.calfcheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.CareWords;
import org.calfcheck.engine.EvidenceLine;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.RoutineSection;
import org.calfcheck.engine.WithheldItem;

/**
 * An assessment for a terminal, most important first: what to do now, warning signs, likely causes with their
 * evidence, the routine by section with doses, what was left out and why, and the not-a-diagnosis line.
 */
final class AssessmentText {

    static final String NOT_A_DIAGNOSIS = "CalfCheck is not a diagnosis. If you are worried, or the pain gets"
            + " worse, see a doctor or physiotherapist.";

    private final List<String> out = new ArrayList<>();

    private AssessmentText() {
    }

    static String write(Assessment a) {
        AssessmentText text = new AssessmentText();
        text.careLevel(a);
        text.redFlags(a.redFlags());
        text.causes(a.causes());
        text.routine(a);
        text.withheld(a.withheld());
        text.getHelpIf(a.getHelpIf());
        text.blank();
        text.para(NOT_A_DIAGNOSIS, "", "");
        text.out.add("Content version " + a.contentVersion());
        return String.join("\n", text.out) + "\n";
    }

    /** The engine's wording of the level, in capitals for a terminal. */
    static String headline(CareLevel level) {
        return CareWords.of(level).title().toUpperCase(Locale.ROOT);
    }

    private void careLevel(Assessment a) {
        out.add(headline(a.careLevel()));
        out.add("=".repeat(headline(a.careLevel()).length()));
        para(CareWords.of(a.careLevel()).detail(), "", "");
        if (!a.redFlags().isEmpty()) {
            para(a.redFlags().get(0).action(), "", "");
        }
    }

    private void redFlags(List<RaisedFlag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        heading("Warning signs");
        for (RaisedFlag flag : flags) {
            para(flag.title() + " — " + headline(flag.careLevel()).toLowerCase(Locale.ROOT), "  ! ", "    ");
            for (String reason : flag.reasons()) {
                para("because " + reason, "    ", "      ");
            }
        }
    }

    private void causes(List<LikelyCause> causes) {
        heading("Likely causes");
        if (causes.isEmpty()) {
            para("Your answers do not point clearly to one cause.", "  ", "  ");
            return;
        }
        int rank = 1;
        for (LikelyCause cause : causes) {
            para(rank++ + ". " + cause.title() + " — " + cause.strength().name().toLowerCase(Locale.ROOT), "  ",
                    "     ");
            for (EvidenceLine line : cause.evidence()) {
                para((line.supports() ? "because you said " : "but you said ") + line.reason(), "     ", "       ");
            }
        }
    }

    private void routine(Assessment a) {
        heading("Your routine");
        if (a.routine().isEmpty()) {
            para(a.careLevel() == CareLevel.EMERGENCY ? "No exercises now: get help first."
                    : "Nothing to add for now.", "  ", "  ");
            return;
        }
        for (RoutineSection section : a.routine().sections()) {
            out.add("  " + section.title() + " (" + lowerFirst(section.intro()) + ")");
            for (RoutineItem item : section.items()) {
                String line = item.doseText().isEmpty() ? item.title() : item.title() + ": " + item.doseText();
                para(line, "    - ", "      ");
                if (!item.why().isEmpty()) {
                    para(item.why(), "      ", "      ");
                }
            }
        }
    }

    private static String lowerFirst(String text) {
        String trimmed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return trimmed.isEmpty() ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    private void withheld(List<WithheldItem> withheld) {
        if (withheld.isEmpty()) {
            return;
        }
        heading("Left out for now");
        for (WithheldItem item : withheld) {
            para(item.title() + " — " + item.reason(), "  - ", "    ");
        }
    }

    private void getHelpIf(List<String> signs) {
        if (signs.isEmpty()) {
            return;
        }
        heading("Get help if…");
        signs.forEach(sign -> para(sign, "  - ", "    "));
    }

    private void heading(String title) {
        blank();
        out.add(title);
    }

    private void blank() {
        out.add("");
    }

    private void para(String text, String first, String rest) {
        out.addAll(TerminalText.wrap(text, first, rest));
    }
}
