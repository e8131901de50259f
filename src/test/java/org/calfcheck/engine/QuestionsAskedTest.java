package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.Effect;
import org.calfcheck.content.Question;
import org.calfcheck.content.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How many questions a runner is asked: the questionnaire walked in order through the real engine, counting each
 * question {@link Engine#isShown} shows for that runner's answers. A typical (median) self-care runner is asked at
 * most {@value #MOST_FOR_TYPICAL_SELF_CARE}, every self-care example at most {@value #MOST_FOR_SELF_CARE_EXAMPLE},
 * none more than {@value #MOST_FOR_ANY_SELF_CARE}, and the counts recorded in
 * docs/rules-notes.md are the ones the engine gives. With stopping at certainty ({@link Engine#questionsAsked}) an
 * emergency is asked only the first page; the counts per example are also
 * written to {@code target/questions-asked.txt}.
 */
class QuestionsAskedTest {

    static final int MOST_FOR_TYPICAL_SELF_CARE = 28;
    static final int MOST_FOR_SELF_CARE_EXAMPLE = 30;
    static final int MOST_FOR_CALM_RUNNER = 27;
    static final int MOST_FOR_ANY_SELF_CARE = 31;
    private static final Path EXAMPLES = Path.of("docs", "examples");
    private static final Path NOTES = Path.of("docs", "rules-notes.md");
    private static Engine engine;

    @BeforeAll
    static void load() throws ContentException {
        engine = new Engine(ContentLoader.packaged().load());
    }

    /** The questions shown, asked one after another: each is shown or not given the answers before it. */
    static int asked(Engine engine, Answers answers) {
        Answers sofar = Answers.empty(answers.units());
        int asked = 0;
        for (Question question : engine.content().questionnaire().questions()) {
            if (engine.isShown(question, sofar)) {
                asked++;
                Answers before = sofar;
                sofar = answers.get(question.id()).map(a -> before.with(question.id(), a)).orElse(before);
            }
        }
        return asked;
    }

    private static Map<String, Answers> examples() throws IOException, AnswersFormatException {
        Map<String, Answers> examples = new TreeMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                examples.put(file.getFileName().toString(), AnswersJson.parse(Files.readString(file)));
            }
        }
        return examples;
    }

    /** The number asked of every self-care runner among the vignettes and the examples, by file. */
    private static Map<String, Integer> selfCareCounts() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (Vignette v : Vignette.all()) {
            if (v.expect().careLevel() == CareLevel.SELF_CARE) {
                counts.put("vignette " + v.file(), asked(engine, v.answers()));
            }
        }
        examples().forEach((file, answers) -> {
            if (file.startsWith("self-care")) {
                counts.put("example " + file, asked(engine, answers));
            }
        });
        return counts;
    }

    /** Typical is the median: half the self-care runners are asked this many questions or fewer. */
    @Test
    void theTypicalSelfCareRunnerIsAskedAtMostTwentyEightQuestions() throws Exception {
        Map<String, Integer> counts = selfCareCounts();
        List<Integer> sorted = counts.values().stream().sorted().toList();
        int median = sorted.get(sorted.size() / 2);
        assertTrue(counts.size() >= 15, "self-care runners: " + counts);
        assertTrue(median <= MOST_FOR_TYPICAL_SELF_CARE, "median " + median + " of " + counts);
    }

    /** Each self-care example a reader can try is asked at most thirty questions, not only the median one. */
    @Test
    void everySelfCareExampleIsAskedAtMostThirty() throws Exception {
        Map<String, Integer> tooMany = new TreeMap<>();
        examples().forEach((file, answers) -> {
            if (file.startsWith("self-care") && asked(engine, answers) > MOST_FOR_SELF_CARE_EXAMPLE) {
                tooMany.put(file, asked(engine, answers));
            }
        });
        assertTrue(examples().keySet().stream().anyMatch(f -> f.startsWith("self-care")), "no self-care example");
        assertEquals(Map.of(), tooMany);
    }

    /** Even a self-care runner whose answers open several follow-ups (heat and cramps, a new kind of shoe). */
    @Test
    void noSelfCareRunnerIsAskedMoreThanThirtyOne() throws Exception {
        Map<String, Integer> tooMany = new TreeMap<>(selfCareCounts());
        tooMany.values().removeIf(n -> n <= MOST_FOR_ANY_SELF_CARE);
        assertEquals(Map.of(), tooMany);
    }

    @Test
    void aRunnerWhoAnswersNoToEverythingIsAskedAtMostTwentySeven() {
        Vignette calm = Vignette.all().stream().filter(v -> v.file().equals("self-care-all-safety-answers-no.json"))
                .findFirst().orElseThrow();
        assertTrue(asked(engine, calm.answers()) <= MOST_FOR_CALM_RUNNER, "asked " + asked(engine, calm.answers()));
    }

    @Test
    void theCountsInTheRulesNotesAreTheOnesTheEngineGives() throws Exception {
        String notes = Files.readString(NOTES);
        Matcher row = Pattern.compile("\\| `([a-z0-9-]+\\.json)` \\| (\\d+) \\|").matcher(notes);
        Map<String, Integer> recorded = new TreeMap<>();
        while (row.find()) {
            recorded.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        Map<String, Integer> actual = new TreeMap<>();
        examples().forEach((file, answers) -> actual.put(file, asked(engine, answers)));
        assertEquals(actual, recorded, "the table under \"Questions asked\" in " + NOTES);
    }

    private static List<String> firstPage() {
        return engine.content().questionnaire().sections().get(0).questions().stream().map(Question::id).toList();
    }

    private static List<Rule> emergencyRules() {
        return engine.content().rules().stream().filter(rule -> rule.effects().stream()
                .anyMatch(e -> e instanceof Effect.RaiseFlag f
                        && engine.content().redFlag(f.redFlag()).orElseThrow().careLevel() == CareLevel.EMERGENCY))
                .toList();
    }

    /** So the check can stop as soon as an emergency is certain, every emergency sign is on the first page. */
    @Test
    void everyEmergencyRuleReadsOnlyFirstPageQuestions() {
        List<String> late = emergencyRules().stream().filter(r -> !firstPage().containsAll(r.when().facts()))
                .map(Rule::id).toList();
        assertEquals(List.of(), late);
        assertTrue(emergencyRules().size() >= 6, "the emergency rules: " + emergencyRules().size());
    }

    /** A plain "yes" to its first-page question makes each emergency rule TRUE, not merely possible. */
    @Test
    void aPlainYesMakesEachEmergencyRuleTrue() {
        List<String> notTrue = new ArrayList<>();
        for (Rule rule : emergencyRules()) {
            Answers answers = Answers.empty(DistanceUnit.KM);
            for (String fact : rule.when().facts()) {
                answers = answers.with(fact, new Answer.Chosen("yes"));
            }
            Facts facts = new Facts(new ContentIndex(engine.content()), answers, DerivedInputs.STANDARD);
            Truth truth = FiredRule.evaluate(List.of(rule), facts).stream().findFirst().map(FiredRule::truth)
                    .orElse(Truth.FALSE);
            if (truth != Truth.TRUE) {
                notTrue.add(rule.id() + " is " + truth);
            }
        }
        assertEquals(List.of(), notTrue);
    }

    /** With stopping at certainty, an emergency example is asked only the first page; the others everything shown. */
    @Test
    void eachExampleIsAskedItsShownQuestionsAndAnEmergencyOnlyTheFirstPage() throws Exception {
        List<String> report = new ArrayList<>();
        List<Question> firstPage = engine.content().questionnaire().sections().get(0).questions();
        for (Map.Entry<String, Answers> example : examples().entrySet()) {
            Answers answers = example.getValue();
            List<Question> asked = engine.questionsAsked(answers);
            List<Question> shown = engine.shownQuestions(answers);
            if (engine.assess(answers).careLevel() == CareLevel.EMERGENCY) {
                assertTrue(firstPage.containsAll(asked), example.getKey() + ": an emergency stops after the first page");
                assertTrue(asked.size() < shown.size(), example.getKey() + ": the emergency is asked less than everything");
            } else {
                assertEquals(shown, asked, example.getKey());
                assertEquals(asked(engine, answers), asked.size(), example.getKey() + ": the walk and the engine agree");
            }
            report.add(asked.size() + "\t" + example.getKey());
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "questions-asked.txt"), report);
    }
}
