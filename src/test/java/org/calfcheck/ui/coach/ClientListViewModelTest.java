package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.ui.InlineRunner;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientListViewModelTest {

    @TempDir
    Path dir;

    private ClientStore store;
    private ClientListViewModel viewModel;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void setUp() throws Exception {
        store = ClientStore.inFolder(dir, Fixtures.clock());
        store.addClient("Sam Runner", "");
        store.addClient("Annie Samson", "");
        store.setArchived(store.addClient("Old Sam", "").id(), true);
        store.addClient("Bo", "");
        viewModel = new ClientListViewModel(store, new InlineRunner(), dialogs);
        viewModel.refresh();
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
    }

    private List<String> shown() {
        return viewModel.shownClients().stream().map(Client::name).toList();
    }

    @Test
    void theListFiltersAsYouTypeIgnoringCase() {
        assertEquals(List.of("Annie Samson", "Bo", "Sam Runner"), shown());
        viewModel.filterProperty().set("SAM");
        assertEquals(List.of("Annie Samson", "Sam Runner"), shown());
        viewModel.filterProperty().set("sam r");
        assertEquals(List.of("Sam Runner"), shown());
    }

    @Test
    void archivedClientsAppearOnlyWhenAskedFor() {
        viewModel.filterProperty().set("sam");
        assertEquals("2 clients · 1 archived hidden", viewModel.summaryProperty().get());
        viewModel.showArchivedProperty().set(true);
        assertEquals(List.of("Annie Samson", "Old Sam", "Sam Runner"), shown());
    }

    @Test
    void addingAClientSelectsThemAndClearsTheField() {
        viewModel.newNameProperty().set("  Cleo Hill ");
        viewModel.addClient();
        assertEquals("Cleo Hill", viewModel.selectedProperty().get().name());
        assertEquals("", viewModel.newNameProperty().get());
        assertEquals(4, viewModel.shownClients().size());
    }

    @Test
    void aFailingDatabaseBecomesAnErrorDialog() throws Exception {
        store.close();
        viewModel.refresh();
        assertEquals(1, dialogs.shown("error").size());
    }

    @Test
    void anEmptyListSaysWhyNoClientsYetOrNoneMatch() throws Exception {
        viewModel.filterProperty().set("zz");
        assertEquals("No clients match \"zz\".", viewModel.emptyTextProperty().get());
        viewModel.filterProperty().set("");
        for (Client client : store.clients(true)) {
            store.deleteClient(client.id());
        }
        viewModel.refresh();
        assertEquals("No clients yet — add one below.", viewModel.emptyTextProperty().get());
    }

    @Test
    void anEmptyListOfOnlyArchivedClientsPointsToShowArchived() throws Exception {
        for (Client client : store.clients(false)) {
            store.setArchived(client.id(), true);
        }
        viewModel.refresh();
        assertEquals(List.of(), shown());
        assertEquals("Every client is archived — tick \"Show archived\" to see them.",
                viewModel.emptyTextProperty().get());
    }
}
