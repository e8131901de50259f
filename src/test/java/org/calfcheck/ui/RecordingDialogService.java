package org.calfcheck.ui;

import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for tests: records every dialog and answers from a script instead of a window. Thread-safe:
 * the FX thread records while the test thread reads.
 */
public final class RecordingDialogService implements DialogService {

    /** One dialog that would have been shown. */
    public record Shown(String kind, String title, String message, List<String> details) {
    }

    private final List<Shown> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Deque<Boolean> confirmAnswers = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final Deque<Optional<Path>> fileAnswers = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final Deque<Optional<Path>> openAnswers = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** The next confirm() returns this; without a scripted answer confirm() returns false (cancel). */
    public RecordingDialogService answerConfirm(boolean answer) {
        confirmAnswers.add(answer);
        return this;
    }

    public RecordingDialogService answerSaveFile(Optional<Path> answer) {
        fileAnswers.add(answer);
        return this;
    }

    /** The next chooseOpenFile() returns this; without a scripted answer it returns empty (cancel). */
    public RecordingDialogService answerOpenFile(Optional<Path> answer) {
        openAnswers.add(answer);
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        shown.add(new Shown("error", title, message, List.copyOf(details)));
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        shown.add(new Shown("confirm", title, message, List.of(actionLabel)));
        return confirmAnswers.isEmpty() ? false : confirmAnswers.poll();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        shown.add(new Shown("save", title, suggestedName, List.of(description, extension)));
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.poll();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String extension) {
        shown.add(new Shown("open", title, "", List.of(description, extension)));
        return openAnswers.isEmpty() ? Optional.empty() : openAnswers.poll();
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message, List.of()));
    }
}
