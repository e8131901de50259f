package org.calfcheck.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Builders for {@link ContentFact}s that look across all of the content at once. */
final class ContentWideFacts {

    /** Files an item may point to from a cause's helpedBy or a red flag's withholds. */
    private static final Set<String> ROUTINE_FILES = Set.of("exercises.json", "recovery.json", "prevention.json");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private ContentWideFacts() {
    }

    static ContentFact causeIsComplete(String id) {
        return new ContentFact("cause " + id + " says why it loads the calf and what helps",
                content -> ContentFacts.withItem(content, id, cause -> {
                    List<String> problems = new ArrayList<>();
                    if (!content.fileOf(id).orElse("").equals("causes.json")) {
                        problems.add(id + " is not in causes.json");
                    }
                    if (cause.path("whyItLoadsTheCalf").asText("").isBlank()) {
                        problems.add(id + " has no whyItLoadsTheCalf");
                    }
                    if (cause.path("helpedBy").isEmpty()) {
                        problems.add(id + " has no helpedBy items");
                    }
                    cause.path("helpedBy").forEach(ref -> {
                        if (!ROUTINE_FILES.contains(content.fileOf(ref.asText()).orElse(""))) {
                            problems.add(id + " helpedBy " + ref.asText() + " is not an exercise, recovery step or advice");
                        }
                    });
                    return problems;
                }));
    }

    static ContentFact everyWithholdIsARoutineItem() {
        return new ContentFact("every red flag withholds only real routine items", content -> {
            List<String> problems = new ArrayList<>();
            for (JsonNode flag : content.items("redflags.json")) {
                flag.path("withholds").forEach(ref -> {
                    if (!ROUTINE_FILES.contains(content.fileOf(ref.asText()).orElse(""))) {
                        problems.add(flag.path("id").asText() + " withholds unknown item " + ref.asText());
                    }
                });
            }
            return problems;
        });
    }

    static ContentFact idsAreUniqueAndSnakeCase() {
        return new ContentFact("ids are unique across all files and lowercase snake_case", content -> {
            List<String> problems = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String id : content.allIds()) {
                if (!seen.add(id)) {
                    problems.add("duplicate id " + id);
                }
                if (!SNAKE_CASE.matcher(id).matches()) {
                    problems.add("id '" + id + "' is not lowercase snake_case");
                }
            }
            return problems;
        });
    }

    static ContentFact idsAreExactly(Set<String> fixedIds) {
        return new ContentFact("the content holds exactly the fixed ids of the brief", content -> {
            Set<String> actual = new LinkedHashSet<>(content.allIds());
            List<String> problems = new ArrayList<>();
            fixedIds.stream().filter(id -> !actual.contains(id)).sorted().forEach(id -> problems.add("missing " + id));
            actual.stream().filter(id -> !fixedIds.contains(id)).forEach(id -> problems.add("unexpected id " + id));
            return problems;
        });
    }

    static ContentFact everyItemHasTitleOneSentenceSummaryAndBody() {
        return new ContentFact("every item has a title, a one-sentence summary and a body", content -> {
            List<String> problems = new ArrayList<>();
            for (JsonNode item : content.allItems()) {
                String id = item.path("id").asText();
                for (String field : List.of("title", "summary", "body")) {
                    if (item.path(field).asText("").isBlank()) {
                        problems.add(id + " has no " + field);
                    }
                }
                String summary = item.path("summary").asText("").strip();
                if (!summary.isEmpty() && (sentences(summary).size() != 1 || !summary.endsWith("."))) {
                    problems.add(id + " summary is not one sentence: " + summary);
                }
            }
            return problems;
        });
    }

    /** Reading age about 12: short sentences. A proxy, but one that fails on a rambling paragraph. */
    static ContentFact sentencesAreShort(int longestWords, double averageWords) {
        return new ContentFact("sentences are at most " + longestWords + " words and average at most "
                + averageWords, content -> {
            List<String> problems = new ArrayList<>();
            int words = 0;
            int count = 0;
            for (JsonNode item : content.allItems()) {
                for (String field : List.of("summary", "body", "whyItLoadsTheCalf", "action")) {
                    for (String sentence : sentences(item.path(field).asText(""))) {
                        int n = sentence.split("\\s+").length;
                        words += n;
                        count++;
                        if (n > longestWords) {
                            problems.add(item.path("id").asText() + "." + field + " has a " + n + "-word sentence: "
                                    + sentence);
                        }
                    }
                }
            }
            double average = count == 0 ? 0 : (double) words / count;
            if (average > averageWords) {
                problems.add("average sentence is " + average + " words");
            }
            return problems;
        });
    }

    static ContentFact redFlagsNeverSelfCareAndEmergenciesSayCall() {
        return new ContentFact("red flags are SOON, URGENT or EMERGENCY, each with an action; emergencies say "
                + "call 999 / 112 / 911", content -> {
            List<String> problems = new ArrayList<>();
            for (JsonNode flag : content.items("redflags.json")) {
                String id = flag.path("id").asText();
                String level = flag.path("careLevel").asText("");
                String action = flag.path("action").asText("");
                if (!Set.of("SOON", "URGENT", "EMERGENCY").contains(level)) {
                    problems.add(id + " has care level '" + level + "'");
                }
                if (action.isBlank()) {
                    problems.add(id + " has no action");
                }
                if (level.equals("EMERGENCY") && !action.contains("call emergency services (999 / 112 / 911)")
                        && !action.contains("Call emergency services (999 / 112 / 911)")) {
                    problems.add(id + " is an emergency but its action does not say call emergency services");
                }
            }
            return problems;
        });
    }

    static ContentFact manifestHasAVersion() {
        return new ContentFact("manifest.json has a version like 1.0.0", content -> {
            String version = content.file("manifest.json").path("version").asText("");
            return version.matches("\\d+\\.\\d+\\.\\d+") ? List.of() : List.of("manifest version is '" + version + "'");
        });
    }

    private static List<String> sentences(String text) {
        return SENTENCE_END.splitAsStream(text.strip()).filter(s -> !s.isBlank()).toList();
    }
}
