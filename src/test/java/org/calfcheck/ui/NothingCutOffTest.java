package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.ui.coach.CoachPage;
import org.calfcheck.ui.sheet.PageRenderer;
import org.calfcheck.ui.sheet.SheetPreviewView;
import org.calfcheck.ui.sheet.SheetPreviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every screen and dialog (welcome, each page of questions, results at each care level, the sheet preview, the
 * dialogs; the coach list, history and compare view in their own test) at the smallest window (1024×700) and
 * the headless screen's size (1280×800), in light and dark: no label, button, tick box, table header or cell may show an ellipsis in place of its text.
 */
@ExtendWith(ApplicationExtension.class)
class NothingCutOffTest {

    private static final double[][] SIZES = {{1024, 700}, {1280, 800}};

    private final ThemeViewModel theme = new ThemeViewModel(new TestWindow.InMemoryThemeStore());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> problems = new ArrayList<>();
    /** What each screen is checked for: text cut off, or (in the accessibility test) controls without a name. */
    private java.util.function.BiFunction<Node, String, List<String>> finder = CutOffText::in;
    private Stage stage;
    private CheckFlowViewModel flow;
    private ClientStore store;
    private ExecutorService executor;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        flow = TestWindow.show(stage, UiFixtures.content(), dialogs,
                ResultActions.NONE.withRoutineSheet(check -> { }).withSaveToClient(check -> { })
                        .withStartPlan(check -> { }), theme);
        store = ClientStore.inFolder(Files.createTempDirectory("cut-off"), Fixtures.clock());
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
        FxWait.read(() -> {
            Theme.LIGHT.apply();
            return true;
        });
    }

    @Test
    void noScreenOrDialogCutsOffItsTextAtEitherSizeInEitherTheme(FxRobot robot) throws Exception {
        for (Theme shown : Theme.values()) {
            robot.interact(() -> {
                if (theme.getTheme() != shown) {
                    theme.toggle();
                }
            });
            for (double[] size : SIZES) {
                String at = shown + " " + (int) size[0] + "x" + (int) size[1];
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                checkTheCheckPages(robot, at);
                checkTheSheetPreview(robot, at, size);
                checkTheDialogs(robot, at);
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** The coach page (client list, history, compare) at both sizes in both themes. */
    @Test
    void theCoachPageCutsOffNothingAtEitherSizeInEitherTheme(FxRobot robot) throws Exception {
        seedCoachClient();
        for (Theme shown : Theme.values()) {
            robot.interact(() -> {
                if (theme.getTheme() != shown) {
                    theme.toggle();
                }
            });
            for (double[] size : SIZES) {
                checkTheCoachPage(robot, shown + " " + (int) size[0] + "x" + (int) size[1], size);
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** "My recovery" with five days logged and its check-in showing problems, and the coach's recovery section. */
    @Test
    void theRecoveryPagesCutOffNothingAtEitherSizeInEitherTheme(FxRobot robot) throws Exception {
        for (Theme shown : Theme.values()) {
            robot.interact(() -> {
                if (theme.getTheme() != shown) {
                    theme.toggle();
                }
            });
            for (double[] size : SIZES) {
                checkTheRecoveryPages(robot, shown + " " + (int) size[0] + "x" + (int) size[1], size);
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /**
     * The same screens, walked once (names and roles do not change with size or theme): every shown focusable
     * control has an accessible name (its accessible text, its own text, or a label for it) and a fitting role.
     */
    @Test
    void everyFocusableControlHasAnAccessibleNameAndAFittingRole(FxRobot robot) throws Exception {
        finder = AccessibleNames::in;
        seedCoachClient();
        double[] size = SIZES[1];
        robot.interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        checkTheCheckPages(robot, "");
        checkTheSheetPreview(robot, "", size);
        checkTheDialogs(robot, "");
        checkTheCoachPage(robot, "", size);
        checkTheRecoveryPages(robot, "", size);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void checkTheCheckPages(FxRobot robot, String at) throws Exception {
        robot.interact(() -> {
            dialogs.answerConfirm(true);
            flow.startOver();
            flow.welcome().unitsProperty().set(DistanceUnit.KM);
        });
        check(at + " welcome");
        robot.interact(() -> flow.welcome().start());
        WizardViewModel wizard = FxWait.read(() -> flow.wizardProperty().get().orElseThrow());
        Answers answers = UiFixtures.vignette("self-care-mileage-jump-fifty-percent");
        int sections = FxWait.read(wizard::sectionCount);
        for (int section = 0; section < sections && FxWait.read(flow::getStep) == CheckFlowViewModel.Step.QUESTIONS;
             section++) {
            check(at + " questions page " + (section + 1));
            robot.interact(() -> {
                answers.values().forEach((id, answer) -> AnswerSetter.set(wizard.question(id), answer));
                wizard.next();
            });
        }
        for (String vignette : List.of("self-care-mileage-jump-fifty-percent", "soon-marked-swelling-both-calves",
                "urgent-clot-rest-pain-on-the-pill", "emergency-breathless-with-calf-pain")) {
            results(robot, vignette);
            check(at + " results of " + vignette);
        }
    }

    private void results(FxRobot robot, String vignette) throws Exception {
        robot.interact(() -> {
            dialogs.answerConfirm(true);
            flow.startOver();
            flow.welcome().start();
        });
        WizardViewModel wizard = FxWait.read(() -> flow.wizardProperty().get().orElseThrow());
        robot.interact(() -> {
            UiFixtures.vignette(vignette).values().forEach((id, answer) -> AnswerSetter.set(wizard.question(id), answer));
            for (int i = 0; i < wizard.sectionCount(); i++) {
                wizard.next();
            }
        });
        FxWait.until(() -> flow.getStep() == CheckFlowViewModel.Step.RESULTS);
    }

    private void checkTheSheetPreview(FxRobot robot, String at, double[] size) throws Exception {
        SheetRequest request = new SheetRequest(org.calfcheck.report.SheetFixtures.longestRoutine(),
                Optional.of("Zoë"), LocalDate.of(2026, 11, 24), Paper.A4, DistanceUnit.KM, Optional.empty());
        SheetPreviewViewModel sheet = FxWait.read(() -> new SheetPreviewViewModel(request, new SheetWriter(),
                new PageRenderer(50), (pdf, job) -> null, dialogs, new TaskRunner(executor)));
        FxWait.until(() -> sheet.readyProperty().get());
        // the preview opens at 760×860; it is checked there and at the window's size
        for (double[] previewSize : new double[][] {{760, 860}, size}) {
            Stage window = FxWait.read(() -> {
                Stage opened = new Stage();
                Scene scene = new Scene(new SheetPreviewView(sheet, () -> { }), previewSize[0], previewSize[1]);
                scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
                opened.setScene(scene);
                opened.show();
                return opened;
            });
            check(window.getScene().getRoot(), at + " sheet preview at " + (int) previewSize[0] + "x"
                    + (int) previewSize[1]);
            robot.interact(window::close);
        }
    }

    private void checkTheCoachPage(FxRobot robot, String at, double[] size) throws Exception {
        CoachPage page = FxWait.read(() -> new CoachPage(store, new TaskRunner(executor), dialogs, s -> { }, (s, name) -> { }));
        Stage window = FxWait.read(() -> {
            Stage opened = new Stage();
            Scene scene = new Scene((Parent) page.view(), size[0], size[1]);
            scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
            opened.setScene(scene);
            opened.show();
            return opened;
        });
        FxWait.until(() -> page.clientList().shownClients().size() == 1);
        check(window.getScene().getRoot(), at + " coach list");
        robot.interact(() -> page.clientList().selectedProperty().set(page.clientList().shownClients().get(0)));
        FxWait.until(() -> robot.from(window.getScene().getRoot()).lookup("#history").queryTableView()
                .getItems().size() == 2);
        check(window.getScene().getRoot(), at + " coach history");
        robot.interact(() -> {
            TableView<?> history = robot.from(window.getScene().getRoot()).lookup("#history").queryTableView();
            history.getSelectionModel().selectIndices(0, 1);
        });
        robot.interact(() -> page.clientPage().compareSelected());
        FxWait.until(() -> robot.from(window.getScene().getRoot()).lookup("#compare-view").tryQuery().isPresent());
        check(window.getScene().getRoot(), at + " coach compare");
        robot.interact(window::close);
    }

    private void checkTheRecoveryPages(FxRobot robot, String at, double[] size) throws Exception {
        org.calfcheck.ui.recovery.RecoveryFixtures recovery = new org.calfcheck.ui.recovery.RecoveryFixtures(
                Files.createTempDirectory("cut-off-recovery"));
        java.time.LocalDate today = org.calfcheck.ui.recovery.RecoveryFixtures.START.plusDays(6);
        try (ClientStore journal = recovery.store(today)) {
            recovery.meWithAWeek(journal);
            var page = FxWait.read(() -> new org.calfcheck.ui.recovery.MyRecoveryPage(recovery.book(journal, today),
                    new TaskRunner(executor), dialogs, java.util.Optional.of(sheet -> { })));
            Stage window = window((Parent) page.view(), size);
            FxWait.until(() -> page.model().log().size() == 5);
            check(window.getScene().getRoot(), at + " my recovery");
            robot.interact(() -> {
                ((javafx.scene.control.Button) window.getScene().getRoot().lookup("#open-checkin")).fire();
                page.model().form().heelSoreProperty().set("lots");
                page.model().form().dateProperty().set(today.plusDays(1));
                page.model().form().save();
            });
            check(page.view().lookup("#my-recovery") instanceof Parent whole ? whole : window.getScene().getRoot(),
                    at + " my recovery check-in with problems");
            robot.interact(window::close);

            CoachPage coach = FxWait.read(() -> new CoachPage(journal, new TaskRunner(executor), dialogs, s -> { },
                    (s, name) -> { }, org.calfcheck.ui.coach.CheckReader.UNAVAILABLE,
                    Optional.of(recovery.book(journal, today))));
            Stage coachWindow = window((Parent) coach.view(), size);
            FxWait.until(() -> coach.clientList().shownClients().size() == 1);
            robot.interact(() -> coach.clientList().selectedProperty().set(coach.clientList().shownClients().get(0)));
            FxWait.until(() -> robot.from(coachWindow.getScene().getRoot()).lookup("#client-recovery #recovery-log")
                    .queryTableView().getItems().size() == 5);
            check(coachWindow.getScene().getRoot(), at + " coach recovery section");
            robot.interact(coachWindow::close);
            FxWait.read(() -> true); // the last loads are done before the store closes
            executorIdle();
        }
    }

    private Stage window(Parent root, double[] size) {
        return FxWait.read(() -> {
            Stage opened = new Stage();
            Scene scene = new Scene(root, size[0], size[1]);
            scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
            opened.setScene(scene);
            opened.show();
            return opened;
        });
    }

    /** Work already handed to the executor has finished. */
    private void executorIdle() throws Exception {
        executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }

    private void checkTheDialogs(FxRobot robot, String at) throws Exception {
        FxDialogService service = new FxDialogService(() -> stage);
        List<Alert> alerts = FxWait.read(() -> List.of(
                service.error("CalfCheck's content could not be loaded", "The content in /home/runner/content has"
                        + " 2 problems.", List.of("causes.json $.causes[2].title: missing",
                        "rules.json line 3, column 7: unexpected ','")),
                service.confirmation("Start over?", "Your answers so far will be cleared.", "Start over"),
                service.confirmation("Delete client?", "Delete Sam Runner and 2 assessments permanently? This cannot"
                        + " be undone.", "Delete client"),
                service.alert(Alert.AlertType.INFORMATION, "Not available yet",
                        "Reprinting a sheet is not available in this build.")));
        for (Alert alert : alerts) {
            robot.interact(alert::show);
            check(alert.getDialogPane(), at + " dialog \"" + FxWait.read(alert::getTitle) + "\"");
            robot.interact(alert::close);
        }
    }

    private void seedCoachClient() throws Exception {
        Client sam = store.addClient("Sam Runner", "Half marathon in May");
        Answers october = UiFixtures.vignette("soon-marked-swelling-both-calves");
        Answers november = UiFixtures.vignette("self-care-mileage-jump-fifty-percent");
        store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), october, UiFixtures.engine().assess(october), "");
        store.save(sam.id(), Instant.parse("2026-11-01T07:00:00Z"), november, UiFixtures.engine().assess(november),
                "Switched to new shoes");
    }

    private void check(String screen) {
        check(stage.getScene().getRoot(), screen);
    }

    private void check(Parent root, String screen) {
        problems.addAll(FxWait.read(() -> {
            root.applyCss();
            root.layout();
            return finder.apply(root, screen);
        }));
    }
}
