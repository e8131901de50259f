package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientTransferTest {

    @TempDir
    Path dir;

    private Path exported;
    private List<SavedAssessment> original;

    @BeforeEach
    void exportSam() throws Exception {
        exported = dir.resolve("sam.json");
        try (ClientStore store = ClientStore.inFolder(dir.resolve("laptop-a"), Fixtures.clock())) {
            Client sam = store.addClient("Sam Runner", "marathon in May");
            store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7),
                    Fixtures.assessment(CareLevel.SOON, Map.of("overuse", Strength.MODERATE)), "first visit");
            store.save(sam.id(), Instant.parse("2026-11-01T07:00:00Z"), Fixtures.answers(2), Fixtures.selfCare(), "");
            store.setArchived(sam.id(), true);
            store.exportClient(sam.id(), exported, false);
            original = store.assessments(sam.id());
        }
    }

    private ClientStore fresh() throws StoreException {
        return ClientStore.inFolder(dir.resolve("laptop-b"), Fixtures.clock());
    }

    @Test
    void anExportImportsIntoAFreshDatabaseExactly() throws Exception {
        try (ClientStore store = fresh()) {
            ImportResult result = store.importClient(exported, ClashPolicy.REFUSE);
            Client sam = result.client().orElseThrow();
            assertEquals("Sam Runner", sam.name());
            assertEquals("marathon in May", sam.notes());
            assertTrue(sam.archived());
            assertEquals(2, result.added());
            List<SavedAssessment> read = store.assessments(sam.id());
            assertEquals(original.size(), read.size());
            for (int i = 0; i < read.size(); i++) {
                SavedAssessment a = original.get(i);
                SavedAssessment b = read.get(i);
                assertEquals(List.of(a.takenAt(), a.answers(), a.assessment(), a.contentVersion(), a.coachNotes()),
                        List.of(b.takenAt(), b.answers(), b.assessment(), b.contentVersion(), b.coachNotes()));
            }
        }
    }

    @Test
    void exportRefusesToReplaceAFileWithoutForce() throws Exception {
        try (ClientStore store = ClientStore.inFolder(dir.resolve("laptop-a"), Fixtures.clock())) {
            long id = store.clients(true).get(0).id();
            assertEquals(StoreException.Kind.OUTPUT,
                    assertThrows(StoreException.class, () -> store.exportClient(id, exported, false)).kind());
            store.exportClient(id, exported, true);
        }
    }

    @Test
    void aNameClashIsRefusedWithTheThreeChoicesNamed() throws Exception {
        try (ClientStore store = fresh()) {
            store.addClient("sam runner", "");
            StoreException e = assertThrows(StoreException.class,
                    () -> store.importClient(exported, ClashPolicy.REFUSE));
            assertEquals(StoreException.Kind.NAME_CLASH, e.kind());
            assertTrue(e.getMessage().contains("rename") && e.getMessage().contains("merge")
                    && e.getMessage().contains("skip"), e.getMessage());
            assertEquals(1, store.clients(true).size());
        }
    }

    @Test
    void renameImportsAsANewClientWithAFreeName() throws Exception {
        try (ClientStore store = fresh()) {
            store.addClient("Sam Runner", "");
            ImportResult result = store.importClient(exported, ClashPolicy.RENAME);
            assertEquals("Sam Runner (2)", result.client().orElseThrow().name());
            assertEquals(2, store.assessmentCount(result.client().orElseThrow().id()));
        }
    }

    @Test
    void mergeAddsOnlyAssessmentsTheClientDoesNotHaveYet() throws Exception {
        try (ClientStore store = fresh()) {
            store.importClient(exported, ClashPolicy.REFUSE);
            ImportResult again = store.importClient(exported, ClashPolicy.MERGE);
            assertEquals(0, again.added());
            assertEquals(2, again.unchanged());
            assertEquals(2, store.assessmentCount(again.client().orElseThrow().id()));
        }
    }

    @Test
    void skipImportsNothing() throws Exception {
        try (ClientStore store = fresh()) {
            Client existing = store.addClient("Sam Runner", "");
            ImportResult result = store.importClient(exported, ClashPolicy.SKIP);
            assertTrue(result.client().isEmpty());
            assertEquals(0, store.assessmentCount(existing.id()));
        }
    }

    // ---- every kind of bad file is refused whole, naming the file and the part ----

    private void assertRejected(String content, String expectedWords) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, content);
        try (ClientStore store = fresh()) {
            StoreException e = assertThrows(StoreException.class, () -> store.importClient(bad, ClashPolicy.RENAME));
            assertEquals(StoreException.Kind.BAD_IMPORT, e.kind());
            assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
            assertTrue(e.getMessage().contains(expectedWords), e.getMessage());
            assertEquals(List.of(), store.clients(true), "nothing half-imported");
        }
    }

    private String edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(exported.toFile());
        edit.accept(root);
        return root.toString();
    }

    @Test
    void malformedJsonIsRejectedWithItsPosition() throws Exception {
        assertRejected("{\"format\": \"calfcheck-client\",", "line 1");
    }

    @Test
    void aFileOfAnotherFormatIsRejected() throws Exception {
        assertRejected(edited(root -> root.put("format", "recipes")), "$.format");
    }

    @Test
    void aNewerFileVersionIsRejected() throws Exception {
        assertRejected(edited(root -> root.put("version", 2)), "newer");
    }

    @Test
    void aMissingFieldIsRejectedByItsPath() throws Exception {
        assertRejected(edited(root -> ((ObjectNode) root.get("client")).remove("name")), "$.client.name: missing");
    }

    @Test
    void aBadTimestampIsRejectedByItsPath() throws Exception {
        assertRejected(edited(root -> ((ObjectNode) root.get("assessments").get(1)).put("takenAt", "yesterday")),
                "$.assessments[1].takenAt");
    }

    @Test
    void anAssessmentThatIsNotAnAssessmentIsRejectedAndNothingIsWritten() throws Exception {
        // the first entry is fine, the second is broken: the first must not be written either
        assertRejected(edited(root -> ((ObjectNode) root.get("assessments").get(1).get("assessment"))
                .put("careLevel", "SLIGHTLY_SORE")), "$.assessments[1].assessment");
    }

    @Test
    void answersThatDoNotParseAreRejected() throws Exception {
        assertRejected(edited(root -> ((ObjectNode) root.get("assessments").get(0).get("answers"))
                .put("units", "furlongs")), "$.assessments[0].answers");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        assertRejected(edited(root -> {
            ((ObjectNode) root.get("client")).remove("created");
            ArrayNode list = (ArrayNode) root.get("assessments");
            ((ObjectNode) list.get(0)).remove("assessment");
        }), "$.client.created: missing\n  $.assessments[0].assessment: missing");
    }

    @Test
    void aMissingFileIsABadImportNamingIt() throws Exception {
        try (ClientStore store = fresh()) {
            Path missing = dir.resolve("nope.json");
            StoreException e = assertThrows(StoreException.class,
                    () -> store.importClient(missing, ClashPolicy.REFUSE));
            assertTrue(e.getMessage().contains("nope.json") && e.getMessage().contains("no such file"));
        }
    }

    // ---- limits: absurd values are refused with a message, never a crash ----

    @Test
    void aDateNoCalendarCanShowIsRefused() throws Exception {
        assertRejected(edited(root -> ((ObjectNode) root.get("assessments").get(0))
                .put("takenAt", "+1000000000-12-31T23:59:59Z")), "$.assessments[0].takenAt: \"+1000000000");
        assertRejected(edited(root -> ((ObjectNode) root.get("client"))
                .put("created", "-999999999-01-01T00:00:00Z")), "not between the years 1900 and 9999");
    }

    @Test
    void nestingTooDeepIsRefusedWithLineAndColumn() throws Exception {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        assertRejected(edited(root -> root.put("extra", 1)).replace("\"extra\":1", "\"extra\":" + deep),
                "nested more than 1000 levels deep");
        assertRejected("{\"format\": " + deep + "}", "line 1, column");
    }

    @Test
    void aHugeStringOrNumberIsRefusedWithLineAndColumn() throws Exception {
        assertRejected("{\"format\": \"" + "x".repeat(20_000_001) + "\"}", "a text longer than");
        assertRejected("{\"version\": " + "9".repeat(1001) + "}", "a number longer than 1000 digits");
        assertRejected("{\"version\": " + "9".repeat(1001) + "}", "line 1, column");
    }

    @Test
    void aRepeatedKeyAndAFractionalVersionAreRefused() throws Exception {
        assertRejected(edited(root -> { }).replaceFirst("\"version\":1", "\"version\":1,\"version\":1"),
                "Duplicate field 'version'");
        assertRejected(edited(root -> root.put("version", 1.5)), "$.version: missing or not a whole number");
    }

    @Test
    void aNameOverTwoHundredCharactersIsRefused() throws Exception {
        assertRejected(edited(root -> ((ObjectNode) root.get("client")).put("name", "n".repeat(201))),
                "$.client.name: 201 characters; a client name is at most 200");
    }

    @Test
    void answersThatDoNotFitTheQuestionnaireAreRefusedByPath() throws Exception {
        Path file = dir.resolve("checked.json");
        Files.writeString(file, Files.readString(exported));
        try (ClientStore store = fresh()) {
            StoreException e = assertThrows(StoreException.class, () -> store.importClient(file,
                    ClashPolicy.RENAME, answers -> answers.get("pain_now").isPresent()
                            ? List.of("pain_now: must be between 0 and 10") : List.of()));
            assertTrue(e.getMessage().contains("$.assessments[0].answers: pain_now: must be between 0 and 10"),
                    e.getMessage());
            assertEquals(List.of(), store.clients(true));
        }
    }

    @Test
    void aFileLargerThanTheCapIsRefusedWithoutReadingItAll() throws Exception {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i <= ClientTransfer.IMPORT_CAP_BYTES / block.length; i++) {
                out.write(block);
            }
        }
        try (ClientStore store = fresh()) {
            StoreException e = assertThrows(StoreException.class, () -> store.importClient(big, ClashPolicy.RENAME));
            assertTrue(e.getMessage().contains("is larger than 64 MB"), e.getMessage());
        }
    }
}
