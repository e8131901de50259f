package org.calfcheck.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.EvidenceLine;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.RoutineSection;
import org.calfcheck.engine.WithheldItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The results, most important first: the care level banner, what to do now, what was left out of the routine and
 * why, the likely causes with their evidence, then the routine. The sheet / save buttons ({@link #actions}) go in
 * the page's footer, so they stay on screen however far the runner scrolls.
 */
public final class ResultsView extends VBox {

    public ResultsView(ResultsViewModel model) {
        super(22);
        setId("results");
        getChildren().add(banner(model));
        if (!model.flags().isEmpty()) {
            getChildren().add(flags(model));
        }
        if (!model.withheldExplanation().isEmpty()) {
            getChildren().add(withheld(model));
        }
        // at an emergency the engine weighs no causes; a causes heading would only invite reading on
        if (model.careLevel() != CareLevel.EMERGENCY) {
            getChildren().add(causes(model));
        }
        if (model.hasRoutine()) {
            getChildren().add(routine(model));
        }
        if (!model.assessment().getHelpIf().isEmpty()) {
            getChildren().add(getHelp(model.assessment().getHelpIf()));
        }
    }

    /** The signs the engine chose for this result, last, as on the sheet. */
    private static Node getHelp(List<String> signs) {
        VBox box = section("Get help if…");
        box.setId("get-help");
        for (String sign : signs) {
            Label line = WelcomeView.wrapped("• " + sign);
            line.getStyleClass().add("get-help-sign");
            box.getChildren().add(line);
        }
        return box;
    }

    private static Node banner(ResultsViewModel model) {
        CareLevelWords words = model.banner();
        FontIcon icon = new FontIcon(words.icon());
        icon.getStyleClass().add("banner-icon");
        Label title = WelcomeView.wrapped(words.title());
        title.setId("care-title");
        title.getStyleClass().add("banner-title");
        Label detail = WelcomeView.wrapped(words.detail());
        detail.getStyleClass().add("banner-detail");
        VBox text = new VBox(4, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox banner = new HBox(18, icon, text);
        banner.setId("care-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("care-banner", words.styleClass());
        banner.setAccessibleText(words.title() + ". " + words.detail());
        banner.setFocusTraversable(true);
        banner.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        return banner;
    }

    private static Node flags(ResultsViewModel model) {
        VBox box = section(model.actNowFirst() ? "What to do now" : "Why we suggest seeing someone");
        box.setId("act-now");
        for (RaisedFlag flag : model.flags()) {
            Label title = WelcomeView.wrapped(flag.title());
            title.getStyleClass().add("flag-title");
            Label action = WelcomeView.wrapped(flag.action());
            action.getStyleClass().add("flag-action");
            action.setGraphic(AppShell.icon(Feather.ARROW_RIGHT_CIRCLE));
            VBox card = new VBox(6, title, action);
            if (!flag.reasons().isEmpty()) {
                // the reasons are whole phrases ("you said …", "you were not sure …"), so the heading stays short
                card.getChildren().add(bullets("Because:", flag.reasons()));
            }
            card.getStyleClass().addAll("card-box", "flag-card");
            card.setId("flag-" + flag.id());
            box.getChildren().add(card);
        }
        return box;
    }

    private static Node withheld(ResultsViewModel model) {
        VBox box = section("Left out of your routine");
        box.setId("withheld");
        Label why = WelcomeView.wrapped(model.withheldExplanation());
        why.setGraphic(AppShell.icon(Feather.SLASH));
        why.setGraphicTextGap(10);
        box.getChildren().add(why);
        VBox items = new VBox(10);
        for (WithheldItem item : model.withheld()) {
            Label title = WelcomeView.wrapped(item.title());
            title.getStyleClass().add("withheld-title");
            Label reason = WelcomeView.wrapped(item.reason());
            reason.getStyleClass().add("help-text");
            VBox line = new VBox(2, title, reason);
            line.setId("withheld-" + item.id());
            line.getStyleClass().add("withheld-item");
            items.getChildren().add(line);
        }
        if (items.getChildren().size() > 6) {
            // a long list (every item at an emergency) would push the causes far down: one click opens it
            TitledPane all = new TitledPane("Show the " + items.getChildren().size() + " items left out", items);
            all.setId("withheld-list");
            all.setExpanded(false);
            all.setAnimated(false);
            box.getChildren().add(all);
        } else {
            box.getChildren().add(items);
        }
        return box;
    }

    private static Node causes(ResultsViewModel model) {
        VBox box = section("Likely causes");
        box.setId("causes");
        if (model.causes().isEmpty()) {
            box.getChildren().add(WelcomeView.wrapped("No single cause stands out from your answers."));
            return box;
        }
        Label note = WelcomeView.wrapped("Most likely first. The strength says how well your answers fit, "
                + "not how sure anyone can be without examining you.");
        note.getStyleClass().add("help-text");
        box.getChildren().add(note);
        for (LikelyCause cause : model.causes()) {
            box.getChildren().add(cause(cause));
        }
        return box;
    }

    private static Node cause(LikelyCause cause) {
        Label title = WelcomeView.wrapped(cause.title());
        title.getStyleClass().add("cause-title");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Label strength = new Label(ResultsViewModel.strengthWord(cause.strength()));
        strength.setId("strength-" + cause.id());
        strength.getStyleClass().add("strength-word");
        HBox bar = new HBox(3);
        int filled = ResultsViewModel.strengthSegments(cause.strength());
        for (int i = 0; i < 3; i++) {
            Region segment = new Region();
            segment.getStyleClass().addAll("strength-segment", i < filled ? "filled" : "empty");
            bar.getChildren().add(segment);
        }
        bar.setAccessibleText(strength.getText() + " fit");
        HBox head = new HBox(12, title, strength, bar);
        head.setAlignment(Pos.CENTER_LEFT);
        Label summary = WelcomeView.wrapped(cause.summary());

        VBox evidence = new VBox(6);
        List<EvidenceLine> forIt = ResultsViewModel.supporting(cause);
        List<EvidenceLine> against = ResultsViewModel.against(cause);
        for (EvidenceLine line : forIt) {
            evidence.getChildren().add(evidenceLine(line));
        }
        for (EvidenceLine line : against) {
            evidence.getChildren().add(evidenceLine(line));
        }
        TitledPane because = new TitledPane("Because you said …", evidence);
        because.setId("because-" + cause.id());
        because.setExpanded(false);
        because.setAnimated(false);
        because.setAccessibleText("Because you said, for " + cause.title());

        VBox card = new VBox(8, head, summary, because);
        card.setId("cause-" + cause.id());
        card.getStyleClass().addAll("card-box", "cause-card");
        return card;
    }

    private static Node evidenceLine(EvidenceLine line) {
        Label label = WelcomeView.wrapped(line.reason());
        FontIcon icon = new FontIcon(line.supports() ? Feather.PLUS_CIRCLE : Feather.MINUS_CIRCLE);
        icon.getStyleClass().addAll("icon", line.supports() ? "evidence-for" : "evidence-against");
        label.setGraphic(icon);
        label.setGraphicTextGap(8);
        label.setAccessibleText((line.supports() ? "Points to it: " : "Speaks against it: ") + line.reason());
        return label;
    }

    private static Node routine(ResultsViewModel model) {
        VBox box = section("Your routine");
        box.setId("routine");
        for (RoutineSection part : model.routine()) {
            Label heading = new Label(part.title());
            heading.getStyleClass().add("routine-heading");
            Label intro = new Label(part.intro());
            intro.getStyleClass().add("help-text");
            VBox partBox = new VBox(8, heading, intro);
            partBox.setId("routine-" + part.id());
            for (RoutineItem item : part.items()) {
                partBox.getChildren().add(item(item));
            }
            box.getChildren().add(partBox);
        }
        return box;
    }

    private static Node item(RoutineItem item) {
        Label title = WelcomeView.wrapped(item.title());
        title.getStyleClass().add("item-title");
        VBox card = new VBox(6, title);
        if (!item.why().isEmpty()) {
            Label why = WelcomeView.wrapped(item.why());
            why.setId("why-" + item.id());
            why.getStyleClass().addAll("help-text", "because");
            card.getChildren().add(why);
        }
        if (!item.doseText().isBlank()) {
            Label dose = WelcomeView.wrapped(item.doseText());
            dose.setId("dose-" + item.id());
            dose.getStyleClass().add("dose");
            card.getChildren().add(dose);
        }
        card.getChildren().add(WelcomeView.wrapped(item.summary()));
        if (!item.steps().isEmpty()) {
            // the steps fold away so a section's cards fit one screen; the summary, dose and cautions stay in view
            VBox steps = new VBox(4);
            for (int i = 0; i < item.steps().size(); i++) {
                Label step = WelcomeView.wrapped((i + 1) + ". " + item.steps().get(i));
                step.getStyleClass().add("step");
                steps.getChildren().add(step);
            }
            TitledPane how = new TitledPane("How to do it", steps);
            how.setId("how-" + item.id());
            how.setExpanded(false);
            how.setAnimated(false);
            how.setAccessibleText("How to do it: " + item.title());
            card.getChildren().add(how);
        }
        for (String caution : item.cautions()) {
            Label line = WelcomeView.wrapped(caution);
            line.setGraphic(AppShell.icon(Feather.ALERT_TRIANGLE));
            line.setGraphicTextGap(8);
            line.getStyleClass().add("caution");
            card.getChildren().add(line);
        }
        card.setId("item-" + item.id());
        card.getStyleClass().addAll("card-box", "routine-item");
        return card;
    }

    /** "Routine sheet…" and "Save to client…", for the footer of the page that shows these results. */
    static Node actions(ResultsViewModel model) {
        // Alt+R and Alt+C: the letters are free on the results page (Next's "See my _results" is gone by then)
        Button sheet = new Button("_Routine sheet…", AppShell.icon(Feather.PRINTER));
        sheet.setMnemonicParsing(true);
        sheet.setId("routine-sheet");
        sheet.setDisable(!model.canShowSheet() || !model.hasRoutine());
        sheet.setOnAction(e -> model.showSheet());
        sheet.setAccessibleText("Show the routine sheet to print or save");
        Button save = new Button("Save to _client…", AppShell.icon(Feather.SAVE));
        save.setMnemonicParsing(true);
        save.setId("save-to-client");
        save.setDisable(!model.canSaveToClient());
        save.setOnAction(e -> model.saveToClient());
        save.setAccessibleText("Save this check to a coach's client");
        sheet.getStyleClass().add("accent");
        Button plan = new Button("Start a recovery _plan…", AppShell.icon(Feather.TRENDING_UP));
        plan.setMnemonicParsing(true);
        plan.setId("start-recovery-plan");
        plan.setDisable(!model.canStartPlan());
        plan.setOnAction(e -> model.startPlan());
        plan.setAccessibleText("Start a recovery plan from this check. " + model.startPlanHint());
        plan.setTooltip(new Tooltip(model.startPlanHint()));
        HBox row = new HBox(10, explained(plan, "Not available yet."),
                explained(sheet, model.canShowSheet() ? "There is no routine to print." : "Not available yet."),
                explained(save, "Not available yet."));
        row.setId("result-actions");
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    /** A disabled control shows no tooltip, so the tooltip sits on a wrapper. */
    private static Node explained(Button button, String whyDisabled) {
        StackPane wrapper = new StackPane(button);
        if (button.isDisabled()) {
            Tooltip.install(wrapper, new Tooltip(whyDisabled));
        }
        return wrapper;
    }

    private static VBox section(String heading) {
        Label label = new Label(heading);
        label.getStyleClass().add("subheading");
        VBox box = new VBox(10, label);
        box.getStyleClass().add("results-section");
        return box;
    }

    private static Label bullets(String heading, List<String> lines) {
        StringBuilder text = new StringBuilder(heading);
        for (String line : lines) {
            text.append("\n• ").append(line);
        }
        Label label = WelcomeView.wrapped(text.toString());
        label.getStyleClass().add("reasons");
        return label;
    }
}
