package org.calfcheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.calfcheck.content.JsonTree;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.platform.CappedText;
import org.calfcheck.platform.OutputFile;

/**
 * The portable client file: {@code {"format": "calfcheck-client", "version": 1, "client": {...},
 * "assessments": [...]}}. Reading checks every part and reports every problem with its JSON path before
 * anything is written.
 */
final class ClientTransfer {

    static final String FORMAT = "calfcheck-client";
    static final int VERSION = 1;

    /** A fully checked client file, ready to write. */
    record ClientFile(String name, String notes, boolean archived, Instant created, List<Entry> assessments,
                      RecoveryRecords recovery) {
    }

    record Entry(Instant takenAt, Answers answers, Assessment assessment, String coachNotes) {
    }

    private final StoreJson json;

    ClientTransfer(StoreJson json) {
        this.json = json;
    }

    /** A client file holds every assessment of one client: far more than an answers file, but bounded. */
    static final int IMPORT_CAP_BYTES = 64 * 1024 * 1024;

    static OutputFile target(Path out) {
        return new OutputFile(out, ".calfcheck-export", ".tmp");
    }

    void export(Client client, List<SavedAssessment> saved, Path out, boolean force) throws StoreException {
        export(client, saved, RecoveryRecords.NONE, out, force);
    }

    void export(Client client, List<SavedAssessment> saved, RecoveryRecords recovery, Path out, boolean force)
            throws StoreException {
        java.util.Optional<String> unfit = target(out).problem(force);
        if (unfit.isPresent()) {
            throw new StoreException(StoreException.Kind.OUTPUT, out + " " + unfit.get() + ".");
        }
        ObjectNode root = json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode person = root.putObject("client");
        person.put("name", client.name());
        person.put("notes", client.notes());
        person.put("archived", client.archived());
        person.put("created", client.created().toString());
        ArrayNode list = root.putArray("assessments");
        for (SavedAssessment one : saved) {
            ObjectNode entry = list.addObject();
            entry.put("takenAt", one.takenAt().toString());
            entry.put("coachNotes", one.coachNotes());
            entry.set("answers", json.answersTree(one.answers()));
            entry.set("assessment", json.assessmentTree(one.assessment()));
        }
        if (!recovery.isEmpty()) {
            root.set("recovery", new RecoveryJson(json).records(recovery));
        }
        try {
            // a half-written export never replaces a good one, and a failed one leaves no temporary file
            target(out).write(stream -> json.mapper().writerWithDefaultPrettyPrinter().writeValue(stream, root),
                    force);
        } catch (FileAlreadyExistsException | OutputFile.NotAFile e) {
            throw new StoreException(StoreException.Kind.OUTPUT, out + " " + e.getReason() + ".", e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OUTPUT, "Could not write " + out + ": "
                    + (OutputFile.isDiskFull(e) ? "the disk is full" : e.getMessage()), e);
        }
    }

    ClientFile read(Path in) throws StoreException {
        return read(in, answers -> List.of());
    }

    ClientFile read(Path in, Function<Answers, List<String>> answerCheck) throws StoreException {
        JsonNode root;
        try {
            root = JsonTree.read(CappedText.read(in, IMPORT_CAP_BYTES));
        } catch (JsonProcessingException e) {
            throw bad(in, List.of("not valid JSON" + (e.getLocation() == null ? "" : " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ": "
                    + firstLine(e.getOriginalMessage())));
        } catch (CharacterCodingException e) {
            throw bad(in, List.of("not UTF-8 text"));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.BAD_IMPORT, "Could not read " + in + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw bad(in, List.of("$: expected a JSON object"));
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw bad(in, List.of("$.format: expected \"" + FORMAT + "\" — this is not a CalfCheck client file"));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw bad(in, List.of("$.version: missing or not a whole number"));
        }
        if (version.asInt() > VERSION) {
            throw bad(in, List.of("$.version: " + version.asInt() + " is newer than this CalfCheck reads (" + VERSION
                    + "); update CalfCheck"));
        }
        if (version.asInt() < 1) {
            throw bad(in, List.of("$.version: " + version.asInt() + " is not a known version"));
        }
        List<String> problems = new ArrayList<>();
        JsonNode client = root.get("client");
        if (client == null || !client.isObject()) {
            problems.add("$.client: missing");
            client = json.mapper().createObjectNode();
        }
        String name = text(client, "$.client", "name", true, problems);
        if (name.isBlank() && problems.isEmpty()) {
            problems.add("$.client.name: empty");
        }
        if (name.strip().length() > ClientStore.MAX_NAME) {
            problems.add("$.client.name: " + name.strip().length() + " characters; a client name is at most "
                    + ClientStore.MAX_NAME);
        }
        String notes = text(client, "$.client", "notes", false, problems);
        boolean archived = client.path("archived").asBoolean(false);
        if (client.has("archived") && !client.get("archived").isBoolean()) {
            problems.add("$.client.archived: expected true or false");
        }
        Instant created = instant(client, "$.client", "created", problems);
        List<Entry> entries = new ArrayList<>();
        JsonNode list = root.get("assessments");
        if (list == null || !list.isArray()) {
            problems.add("$.assessments: missing (an empty list is fine)");
        } else {
            for (int i = 0; i < list.size(); i++) {
                String path = "$.assessments[" + i + "]";
                entry(list.get(i), path, problems).ifPresent(entry -> {
                    answerCheck.apply(entry.answers()).forEach(p -> problems.add(path + ".answers: " + p));
                    entries.add(entry);
                });
            }
        }
        RecoveryRecords recovery = new RecoveryJson(json).readRecords(root.get("recovery"), "$.recovery", problems);
        if (!problems.isEmpty()) {
            throw bad(in, problems);
        }
        return new ClientFile(name.strip(), notes, archived, created, entries, recovery);
    }

    private java.util.Optional<Entry> entry(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": expected an object");
            return java.util.Optional.empty();
        }
        int before = problems.size();
        Instant takenAt = instant(node, path, "takenAt", problems);
        String notes = text(node, path, "coachNotes", false, problems);
        Answers answers = null;
        try {
            answers = json.readAnswers(node.get("answers"));
        } catch (IllegalArgumentException e) {
            problems.add(path + ".answers: " + e.getMessage());
        }
        Assessment assessment = null;
        JsonNode assessmentNode = node.get("assessment");
        if (assessmentNode == null || !assessmentNode.isObject()) {
            problems.add(path + ".assessment: missing");
        } else {
            try {
                assessment = json.readAssessment(assessmentNode);
            } catch (JsonProcessingException | RuntimeException e) {
                problems.add(path + ".assessment: not a CalfCheck assessment (" + firstLine(e.getMessage()) + ")");
            }
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Entry(takenAt, answers, assessment, notes));
    }

    private static String text(JsonNode node, String path, String field, boolean required, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path + "." + field + ": missing");
            }
            return "";
        }
        if (!value.isTextual()) {
            problems.add(path + "." + field + ": expected text");
            return "";
        }
        return value.asText();
    }

    private static Instant instant(JsonNode node, String path, String field, List<String> problems) {
        String text = text(node, path, field, true, problems);
        if (text.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            Instant instant = Instant.parse(text);
            if (!StoredDate.inRange(instant)) {
                problems.add(path + "." + field + ": " + shown(text) + " is not between the years 1900 and 9999");
                return Instant.EPOCH;
            }
            return instant;
        } catch (DateTimeParseException e) {
            problems.add(path + "." + field + ": " + shown(text) + " is not a date and time like 2026-11-24T20:15:00Z");
            return Instant.EPOCH;
        }
    }

    /** A value quoted in a message, cut short: the file may hold megabytes in one string. */
    private static String shown(String text) {
        return text.length() <= 60 ? "\"" + text + "\"" : "\"" + text.substring(0, 60) + "…\" (" + text.length()
                + " characters)";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static StoreException bad(Path in, List<String> problems) {
        String limited = String.join("\n  ", problems.subList(0, Math.min(problems.size(), 20)));
        String more = problems.size() > 20 ? "\n  … and " + (problems.size() - 20) + " more" : "";
        return new StoreException(StoreException.Kind.BAD_IMPORT, in + " is not a valid CalfCheck client file;"
                + " nothing was imported:\n  " + limited + more);
    }
}
