package org.calfcheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.CheckIn.Measure;
import org.calfcheck.engine.recovery.Clearance;

/**
 * The stored and exported JSON form of the recovery journal. Reading collects every problem with its JSON path,
 * so a damaged client file is refused whole, naming each bad part.
 */
final class RecoveryJson {

    private final StoreJson json;

    RecoveryJson(StoreJson json) {
        this.json = json;
    }

    ObjectNode checkIn(CheckIn c) {
        ObjectNode node = json.mapper().createObjectNode();
        node.put("day", c.day().toString());
        node.put("activity", c.activity().jsonName());
        node.put("minutes", c.minutes());
        node.put("painDuring", c.painDuring());
        node.put("painAfter", c.painAfter());
        node.put("painMorning", c.painMorning());
        node.put("stiffnessMorning", c.stiffnessMorning());
        c.heelRaisesSore().ifPresent(n -> node.put("heelRaisesSore", n));
        c.heelRaisesOther().ifPresent(n -> node.put("heelRaisesOther", n));
        c.hopsPainFree().ifPresent(b -> node.put("hopsPainFree", b));
        ArrayNode signs = node.putArray("warningSigns");
        c.warningSigns().stream().sorted().forEach(signs::add);
        return node;
    }

    Optional<CheckIn> readCheckIn(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": expected an object");
            return Optional.empty();
        }
        int before = problems.size();
        LocalDate day = day(node, path, "day", problems);
        String activityName = node.path("activity").asText("");
        Optional<Activity> activity = Activity.fromJson(activityName);
        if (activity.isEmpty()) {
            problems.add(path + ".activity: \"" + activityName + "\" is not rest, walk, walk_run or run");
        }
        int minutes = count(node, path, Measure.MINUTES, problems).orElse(0);
        int during = required(node, path, Measure.PAIN_DURING, problems);
        int after = required(node, path, Measure.PAIN_AFTER, problems);
        int morning = required(node, path, Measure.PAIN_MORNING, problems);
        int stiffness = required(node, path, Measure.STIFFNESS_MORNING, problems);
        Optional<Integer> sore = count(node, path, Measure.HEEL_RAISES_SORE, problems);
        Optional<Integer> other = count(node, path, Measure.HEEL_RAISES_OTHER, problems);
        Optional<Boolean> hops = Optional.empty();
        if (node.has("hopsPainFree")) {
            if (node.get("hopsPainFree").isBoolean()) {
                hops = Optional.of(node.get("hopsPainFree").booleanValue());
            } else {
                problems.add(path + ".hopsPainFree: expected true or false");
            }
        }
        Set<String> signs = new LinkedHashSet<>();
        JsonNode list = node.path("warningSigns");
        if (!list.isMissingNode() && !list.isArray()) {
            problems.add(path + ".warningSigns: expected a list");
        }
        for (JsonNode sign : list) {
            signs.add(sign.asText());
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckIn(day, activity.get(), minutes, during, after, morning, stiffness, sore, other,
                hops, signs));
    }

    ObjectNode plan(StoredPlan plan) {
        ObjectNode node = json.mapper().createObjectNode();
        node.put("startedOn", plan.startedOn().toString());
        plan.fromAssessment().ifPresent(id -> node.put("fromAssessment", id));
        node.put("careLevel", plan.careLevel().name());
        node.set("baseline", json.answersTree(plan.baseline()));
        return node;
    }

    Optional<StoredPlan> readPlan(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": expected an object");
            return Optional.empty();
        }
        int before = problems.size();
        LocalDate started = day(node, path, "startedOn", problems);
        Optional<Long> from = node.hasNonNull("fromAssessment") ? Optional.of(node.get("fromAssessment").asLong())
                : Optional.empty();
        CareLevel level = CareLevel.SELF_CARE;
        try {
            level = CareLevel.valueOf(node.path("careLevel").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(path + ".careLevel: expected SELF_CARE, SOON, URGENT or EMERGENCY");
        }
        Answers baseline = null;
        try {
            baseline = json.readAnswers(node.get("baseline"));
        } catch (IllegalArgumentException e) {
            problems.add(path + ".baseline: " + e.getMessage());
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new StoredPlan(started, from, level, baseline));
    }

    ObjectNode clearance(Clearance c) {
        return json.mapper().createObjectNode().put("day", c.day().toString()).put("note", c.note());
    }

    Optional<Clearance> readClearance(JsonNode node, String path, List<String> problems) {
        int before = problems.size();
        LocalDate day = day(node, path, "day", problems);
        return problems.size() > before ? Optional.empty() : Optional.of(new Clearance(day, node.path("note").asText("")));
    }

    /** The whole journal under a client file's {@code recovery} key. */
    ObjectNode records(RecoveryRecords records) {
        ObjectNode node = json.mapper().createObjectNode();
        records.plan().ifPresent(p -> node.set("plan", plan(p)));
        ArrayNode clearances = node.putArray("clearances");
        records.clearances().forEach(c -> clearances.add(clearance(c)));
        ArrayNode checkIns = node.putArray("checkIns");
        records.checkIns().forEach(c -> checkIns.add(checkIn(c)));
        return node;
    }

    RecoveryRecords readRecords(JsonNode node, String path, List<String> problems) {
        if (node == null || node.isNull()) {
            return RecoveryRecords.NONE;
        }
        if (!node.isObject()) {
            problems.add(path + ": expected an object");
            return RecoveryRecords.NONE;
        }
        Optional<StoredPlan> plan = node.has("plan") ? readPlan(node.get("plan"), path + ".plan", problems)
                : Optional.empty();
        List<Clearance> clearances = new ArrayList<>();
        JsonNode list = node.path("clearances");
        for (int i = 0; i < list.size(); i++) {
            readClearance(list.get(i), path + ".clearances[" + i + "]", problems).ifPresent(clearances::add);
        }
        List<CheckIn> checkIns = new ArrayList<>();
        Set<LocalDate> days = new java.util.HashSet<>();
        JsonNode checks = node.path("checkIns");
        for (int i = 0; i < checks.size(); i++) {
            String at = path + ".checkIns[" + i + "]";
            readCheckIn(checks.get(i), at, problems).ifPresent(c -> {
                if (!days.add(c.day())) {
                    problems.add(at + ".day: a second check-in for " + c.day());
                }
                checkIns.add(c);
            });
        }
        return new RecoveryRecords(plan, clearances, checkIns);
    }

    private static LocalDate day(JsonNode node, String path, String field, List<String> problems) {
        String text = node.path(field).asText("");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(path + "." + field + ": \"" + text + "\" is not a date like 2026-03-02");
            return LocalDate.EPOCH;
        }
    }

    private static int required(JsonNode node, String path, Measure measure, List<String> problems) {
        Optional<Integer> value = count(node, path, measure, problems);
        if (value.isEmpty() && !node.has(measure.field())) {
            problems.add(path + "." + measure.field() + ": missing");
        }
        return value.orElse(0);
    }

    /** A whole number within the measure's range, read and checked in one step so every problem is reported. */
    private static Optional<Integer> count(JsonNode node, String path, Measure measure, List<String> problems) {
        String field = measure.field();
        int max = measure.max();
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToExactIntegral() || value.asInt() < 0 || value.asInt() > max) {
            problems.add(path + "." + field + ": expected a whole number from 0 to " + max);
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }
}
