package org.calfcheck.ui.coach;

import org.calfcheck.ui.InlineRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.store.HistoryRow;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client page with one saved assessment that cannot be read: the rest are shown, the damaged one marked. */
class DamagedHistoryViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theHistoryShowsEveryReadableAssessmentAndMarksTheDamagedOne() throws Exception {
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            Client sam = store.addClient("Sam Runner", "");
            store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7),
                    Fixtures.assessment(CareLevel.SOON, Map.of("overuse", Strength.MODERATE)), "");
            store.save(sam.id(), Instant.parse("2026-10-15T07:00:00Z"), Fixtures.answers(5), Fixtures.selfCare(), "");
            store.save(sam.id(), Instant.parse("2026-11-01T07:00:00Z"), Fixtures.answers(3), Fixtures.selfCare(), "");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ClientStore.FILE_NAME))) {
                c.createStatement().executeUpdate("UPDATE assessment SET answers_json = '{\"units\"'"
                        + " WHERE taken_at = '2026-10-15T07:00:00Z'");
            }
            RecordingDialogService dialogs = new RecordingDialogService();
            ClientPageViewModel viewModel = new ClientPageViewModel(store, new InlineRunner(), dialogs,
                    s -> { }, (s, name) -> { }, () -> { });
            viewModel.show(Optional.of(sam));

            assertEquals(List.of(false, true, false),
                    viewModel.history().stream().map(HistoryRow::isDamaged).toList());
            assertEquals(List.of(7.0, 3.0), viewModel.pain().stream().map(PainPoint::pain).toList());
            assertTrue(viewModel.detailsProperty().get().contains("1 could not be read"),
                    viewModel.detailsProperty().get());
            // comparing with the damaged row does nothing rather than fail
            viewModel.selectedRows().setAll(viewModel.history().subList(0, 2));
            viewModel.compareSelected();
            assertNull(viewModel.comparisonProperty().get());
        }
    }
}
