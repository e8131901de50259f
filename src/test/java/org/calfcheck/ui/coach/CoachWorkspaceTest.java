package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class CoachWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void anUnusableDatabaseGivesAPageThatSaysWhyAndSavingShowsTheSameMessage() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path file = dir.resolve(ClientStore.FILE_NAME);
        Files.writeString(file, "not a database");
        CoachWorkspace.Opening opening = CoachWorkspace.open(dir);
        assertTrue(opening.store().isEmpty());
        assertTrue(opening.problem().contains(file.toString()), opening.problem());
        RecordingDialogService dialogs = new RecordingDialogService();
        CoachWorkspace[] workspace = new CoachWorkspace[1];
        FxToolkit.setupFixture(() -> workspace[0] = opening.build(new org.calfcheck.ui.InlineRunner(), dialogs, () -> null, s -> { },
                (s, name) -> { }));
        assertEquals("Coach", workspace[0].page().name());
        FxToolkit.setupFixture(() -> workspace[0].saveToClient(Fixtures.answers(3), Fixtures.selfCare(), s -> { }));
        assertEquals(opening.problem(), dialogs.shown("error").get(0).message());
        assertArrayEquals("not a database".getBytes(), Files.readAllBytes(file));
    }
}
