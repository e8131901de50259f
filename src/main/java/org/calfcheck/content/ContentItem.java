package org.calfcheck.content;

/** Anything in the content with a stable id and words a runner reads. */
public sealed interface ContentItem permits Cause, Exercise, RecoveryStep, Advice, RedFlag {
    String id();

    String title();

    String summary();

    String body();
}
