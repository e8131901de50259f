package org.calfcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.calfcheck.content.Dose;
import org.calfcheck.content.JsonTree;
import org.calfcheck.content.Range;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.CareWords;
import org.calfcheck.engine.EvidenceLine;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.WithheldItem;

/**
 * The stable JSON view of an assessment ({@code assess --format json}), documented in docs/cli.md. Built field by
 * field, never by serialising records, so that renaming a record component cannot change the output.
 */
final class AssessmentJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AssessmentJson() {
    }

    /** Non-ASCII characters (en dashes, middle dots) are escaped so the bytes are right in any terminal locale. */
    static String write(Assessment a) {
        return JsonTree.pretty(tree(a), true) + "\n";
    }

    static ObjectNode tree(Assessment a) {
        ObjectNode root = NODES.objectNode();
        root.put("careLevel", a.careLevel().name());
        root.put("careTitle", CareWords.of(a.careLevel()).title());
        ArrayNode flags = root.putArray("redFlags");
        for (RaisedFlag f : a.redFlags()) {
            flags.addObject().put("id", f.id()).put("careLevel", f.careLevel().name())
                    .put("reason", String.join("; ", f.reasons()));
        }
        ArrayNode causes = root.putArray("causes");
        for (LikelyCause c : a.causes()) {
            ObjectNode cause = causes.addObject().put("id", c.id()).put("strength", c.strength().name());
            ArrayNode evidence = cause.putArray("evidence");
            for (EvidenceLine line : c.evidence()) {
                evidence.addObject().put("for", line.supports()).put("reason", line.reason());
            }
        }
        ObjectNode routine = root.putObject("routine");
        items(routine.putArray("warmUp"), a.routine().warmUp());
        items(routine.putArray("stretches"), a.routine().stretches());
        items(routine.putArray("recovery"), a.routine().recovery());
        items(routine.putArray("prevention"), a.routine().prevention());
        routine.put("untilSeen", a.routine().untilSeen());
        ArrayNode withheld = root.putArray("withheld");
        for (WithheldItem w : a.withheld()) {
            withheld.addObject().put("id", w.id()).put("because", w.because());
        }
        ArrayNode getHelpIf = root.putArray("getHelpIf");
        a.getHelpIf().forEach(getHelpIf::add);
        root.put("contentVersion", a.contentVersion());
        return root;
    }

    private static void items(ArrayNode out, List<RoutineItem> items) {
        for (RoutineItem item : items) {
            ObjectNode node = out.addObject().put("id", item.id()).put("title", item.title());
            node.set("dose", dose(item.dose()));
            node.put("doseText", item.doseText());
            ArrayNode because = node.putArray("because");
            item.because().forEach(because::add);
        }
    }

    /** The dose's numbers: a single number where min equals max, else {"min", "max"}; flags only when set. */
    private static ObjectNode dose(Dose dose) {
        ObjectNode node = NODES.objectNode();
        dose.reps().ifPresent(r -> range(node, "reps", r));
        dose.sets().ifPresent(s -> node.put("sets", s));
        dose.holdSeconds().ifPresent(r -> range(node, "holdSeconds", r));
        dose.minutes().ifPresent(r -> range(node, "minutes", r));
        dose.timesPerDay().ifPresent(r -> range(node, "timesPerDay", r));
        if (dose.perSide()) {
            node.put("perSide", true);
        }
        if (dose.eachDirection()) {
            node.put("eachDirection", true);
        }
        return node;
    }

    private static void range(ObjectNode node, String field, Range r) {
        if (r.min() == r.max()) {
            node.put(field, r.min());
        } else {
            node.putObject(field).put("min", r.min()).put("max", r.max());
        }
    }
}
